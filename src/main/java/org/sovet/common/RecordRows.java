package org.sovet.common;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeConverter;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * A row as a record, each component read from its snake_case column ({@code areaGenitive} from
 * {@code area_genitive}). Spring's own mapping for {@code query(Record.class)} first asks for the
 * camelCase column: H2 answers each miss with an exception it writes to its trace file under a lock,
 * while the request holds a pooled connection, and under load that queues every other request.
 */
public final class RecordRows<T> extends DataClassRowMapper<T> {

    private final Constructor<T> constructor;
    private final String[] columns;
    private final Class<?>[] types;

    private RecordRows(Class<T> type) {
        super(type);
        this.constructor = BeanUtils.getResolvableConstructor(type);
        this.columns = Arrays.stream(BeanUtils.getParameterNames(constructor)).map(RecordRows::snakeCase).toArray(String[]::new);
        this.types = constructor.getParameterTypes();
    }

    public static <T> RowMapper<T> of(Class<T> type) {
        return new RecordRows<>(type);
    }

    @Override
    protected T constructMappedInstance(ResultSet rs, TypeConverter converter) throws SQLException {
        Object[] arguments = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            Object value = getColumnValue(rs, rs.findColumn(columns[i]), types[i]);
            arguments[i] = converter.convertIfNecessary(value, types[i], new MethodParameter(constructor, i));
        }
        return BeanUtils.instantiateClass(constructor, arguments);
    }

    static String snakeCase(String name) {
        StringBuilder column = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }
}
