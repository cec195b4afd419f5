# syntax=docker/dockerfile:1
# Build: docker build -t giaoban .
# Run:   docker run -p 8080:8080 -v giaoban-data:/app/data -e GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD=... giaoban

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY db db
RUN mvn -B -ntp -DskipTests package \
 && cp target/giaoban-*.jar target/giaoban.jar \
 && java -Djarmode=tools -jar target/giaoban.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system giaoban && useradd --system --gid giaoban --home-dir /app giaoban \
 && mkdir -p /app/data && chown -R giaoban:giaoban /app
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY src/main/jvm/jvm.options ./
# Class data sharing: a training start (stopped once the context is refreshed, on a throw-away H2 database) writes
# the archive of loaded classes; starting with it took 11.2 s instead of 18.6 s here (bench/service.sh).
RUN GIAOBAN_DATA_DIR=/tmp/cds-training java @jvm.options -XX:ArchiveClassesAtExit=giaoban.jsa \
      -Dspring.context.exit=onRefresh -jar giaoban.jar \
 && rm -rf /tmp/cds-training
USER giaoban
ENV GIAOBAN_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME /app/data
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "@jvm.options", "-XX:SharedArchiveFile=giaoban.jsa", "-jar", "giaoban.jar"]
