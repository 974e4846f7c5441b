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
# Spring Boot's layers, least changing first: a new build of Sovet alone re-sends only the last
# (application) layer. Every layer's directory exists, even an empty one, for the COPYs below.
RUN java -Djarmode=tools -jar /build/sovet.jar extract --layers --launcher --destination /build/extracted \
 && mkdir -p /build/extracted/dependencies /build/extracted/spring-boot-loader \
             /build/extracted/snapshot-dependencies /build/extracted/application

# --- runtime -----------------------------------------------------------------
FROM eclipse-temurin:17-jre
ENV TZ=Europe/Kirov \
    SOVET_DATA_DIR=/data
# curl: the HEALTHCHECK below and docker-compose's
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system sovet \
 && useradd --system --gid sovet --home-dir /app --no-create-home --shell /usr/sbin/nologin sovet \
 && mkdir -p /app /data \
 && chown sovet:sovet /app /data
WORKDIR /app
COPY --from=build --chown=sovet:sovet /build/extracted/dependencies/ /app/
COPY --from=build --chown=sovet:sovet /build/extracted/spring-boot-loader/ /app/
COPY --from=build --chown=sovet:sovet /build/extracted/snapshot-dependencies/ /app/
COPY --from=build --chown=sovet:sovet /build/extracted/application/ /app/
USER sovet
VOLUME /data
EXPOSE 8080
# UP (200) or DOWN (503, the database or the data directory failing); the first start creates the schema
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS -o /dev/null "http://localhost:${PORT:-8080}/actuator/health" || exit 1
# Extra JVM options: set JAVA_TOOL_OPTIONS (e.g. -Xmx1g) on the container. The exec form makes
# java PID 1, so docker stop's SIGTERM reaches it and starts the graceful shutdown.
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-cp", "/app", "org.springframework.boot.loader.launch.JarLauncher"]
