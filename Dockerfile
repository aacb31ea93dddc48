# Builds DisputeFlow from this repository and runs it. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
# -Dbpmnlint.skip: the image has no Node.js for the Modeler lint; the build that made the commit ran it
RUN ./mvnw -q -B package -DskipTests -Dbpmnlint.skip

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app disputeflow && mkdir -p /app/data && chown disputeflow /app/data
COPY --from=build /src/target/disputeflow-*.jar /app/disputeflow.jar
# evidence files (DISPUTEFLOW_EVIDENCE_DIRECTORY defaults to ./data/evidence)
VOLUME /app/data
USER disputeflow
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/disputeflow.jar"]
