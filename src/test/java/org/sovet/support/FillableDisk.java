package org.sovet.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can be «filled» without root: an H2 file system ({@code jdbc:h2:fillable:/dir/db})
 * over the real one whose writes fail with «No space left on device» while {@link #fill()} is in force,
 * as a full disk's do. Reads go on.
 */
public class FillableDisk extends FilePathWrapper {

    public static final String SCHEME = "fillable";

    private static volatile boolean full;

    static {
        FilePath.register(new FillableDisk());
    }

    /** The JDBC URL of a database in {@code directory} on this disk, committing each write at once as Sovet's does. */
    public static String jdbcUrl(String directory) {
        return "jdbc:h2:" + SCHEME + ":" + directory + "/sovet;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    public static void fill() {
        full = true;
    }

    public static void free() {
        full = false;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static void refuseWhenFull() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class Channel extends FileBase {

        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            refuseWhenFull();
            return base.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            refuseWhenFull();
            return base.write(source, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseWhenFull();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenFull();
            base.force(metaData);
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            return base.read(target);
        }

        @Override
        public int read(ByteBuffer target, long position) throws IOException {
            return base.read(target, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            base.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
