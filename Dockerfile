# thesisbot container image.
#   docker build -t thesisbot .
#   docker run --rm -p 3000:3000 thesisbot                      # local mode: playground + /api/ask
#   docker run --rm -p 3000:3000 -e SLACK_BOT_TOKEN=... -e SLACK_SIGNING_SECRET=... \
#              -e THESISBOT_API_TOKEN=... -e OPENAI_API_KEY=... thesisbot
# Secrets come only from the environment; nothing secret is baked into the image.

# ---- build: Maven on JDK 17 -------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so editing the code does not re-download the world.
COPY pom.xml ./
RUN mvn -q -B dependency:go-offline
COPY src ./src
RUN mvn -q -B -DskipTests package

# ---- runtime: JRE 17 (Ubuntu based; has bash but no curl) ------------------------------
FROM eclipse-temurin:17-jre

# A fixed, unprivileged user. Its home is writable: native libraries of the embedding model
# (ONNX Runtime, DJL tokenizers) are unpacked there and in /tmp on first start.
RUN groupadd --system --gid 10001 thesisbot \
 && useradd --system --uid 10001 --gid thesisbot --create-home --home-dir /home/thesisbot \
            --shell /usr/sbin/nologin thesisbot

# Charts are drawn in-process (JFreeChart, java.awt.headless=true): AWT needs fontconfig and one font family.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /src/target/thesisbot.jar /app/thesisbot.jar
COPY config/ /app/config/
COPY prompts/ /app/prompts/
COPY documents/ /app/documents/
# The embedding index cache (grounding.cache_dir = .thesisbot-cache, relative to /app) must be
# writable by the bot; mount a volume here to keep it across restarts.
RUN mkdir -p /app/.thesisbot-cache && chown thesisbot:thesisbot /app/.thesisbot-cache

# THESISBOT_SERVER_HOST: a container must listen on its own interface for -p to reach it (outside a
# container the bot listens on 127.0.0.1 unless it serves Slack over HTTP).
ENV PORT=3000 \
    THESISBOT_SERVER_HOST=0.0.0.0 \
    LANG=C.UTF-8 \
    DJL_CACHE_DIR=/app/.thesisbot-cache/djl

USER thesisbot
EXPOSE 3000

# Liveness over plain HTTP with bash's /dev/tcp (the JRE image has no curl or wget, and starting a
# second JVM every interval would cost more than the check).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-3000} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# Relative paths in config/thesisbot.yaml (documents/, prompts/, .thesisbot-cache) resolve from /app.
# Arguments go to the bot (e.g. `docker run --rm thesisbot ask "..."`); extra JVM flags via JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/thesisbot.jar"]
