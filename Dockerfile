# Sovet: multi-stage image. Build: docker build -t sovet .  (or docker-compose up --build)

# --- build -------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
RUN mvn -B -ntp dependency:go-offline || true
COPY src ./src
COPY processes ./processes
RUN mvn -B -ntp -DskipTests package
# The Spring Boot jar (a "-plain" jar, if one is ever built, is not runnable)
RUN set -e; \
    jars=$(find target -maxdepth 1 -name 'sovet-*.jar' ! -name '*-plain.jar'); \
    if [ "$(echo "$jars" | wc -w)" -ne 1 ]; then \
      echo "expected exactly one sovet-*.jar in target/, found: $jars" >&2; exit 1; \
    fi; \
    cp $jars /build/sovet.jar

# --- runtime -----------------------------------------------------------------
FROM eclipse-temurin:17-jre
ENV TZ=Europe/Kirov \
    SOVET_DATA_DIR=/data
RUN groupadd --system sovet \
 && useradd --system --gid sovet --home-dir /app --no-create-home --shell /usr/sbin/nologin sovet \
 && mkdir -p /app /data \
 && chown sovet:sovet /app /data
WORKDIR /app
COPY --from=build --chown=sovet:sovet /build/sovet.jar /app/sovet.jar
USER sovet
VOLUME /data
EXPOSE 8080
# Extra JVM options: set JAVA_TOOL_OPTIONS (e.g. -Xmx1g) on the container
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-jar", "/app/sovet.jar"]
