# syntax=docker/dockerfile:1
# thesisbot container image.
#   docker build -t thesisbot .                                 # or: podman build --format docker -t thesisbot .
#   docker run --rm -p 3000:3000 thesisbot                      # local mode: playground + /api/ask
#   docker run --rm -p 3000:3000 -e SLACK_BOT_TOKEN=... -e SLACK_SIGNING_SECRET=... \
#              -e THESISBOT_API_TOKEN=... -e OPENAI_API_KEY=... -e THESISBOT_REDIS_URL=redis://redis:6379/0 thesisbot
# Secrets come only from the environment; nothing secret is baked into the image.
#
# Base images are build arguments; the defaults are the upstream images. Where registries cannot be reached,
# container/build.sh builds local equivalents from Debian packages (mmdebstrap + podman import) and passes
#   --build-arg BUILD_IMAGE=localhost/thesisbot-base-build:bookworm --build-arg RUNTIME_IMAGE=localhost/thesisbot-base-jre:bookworm
# Behind a TLS-inspecting proxy, pass its CA bundle to the build stage only:
#   --secret id=cacert,src="$SSL_CERT_FILE"     (it is never copied into an image layer)
ARG BUILD_IMAGE=docker.io/library/maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=docker.io/library/eclipse-temurin:17-jre

# ---- build: Maven on JDK 17 -------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY container/PemTrustStore.java container/mvn-with-ca.sh /usr/local/share/thesisbot/
# Dependencies first, so editing the code does not re-download the world; the Maven repository is a build
# cache shared between builds on this machine.
COPY pom.xml ./
RUN --mount=type=secret,id=cacert --mount=type=cache,target=/root/.m2,id=thesisbot-m2 \
    sh /usr/local/share/thesisbot/mvn-with-ca.sh -q -B dependency:go-offline
COPY src ./src
RUN --mount=type=secret,id=cacert --mount=type=cache,target=/root/.m2,id=thesisbot-m2 \
    sh /usr/local/share/thesisbot/mvn-with-ca.sh -q -B -DskipTests package

# ---- runtime: JRE 17 (Debian or Ubuntu based; has bash but no curl) ---------------------
FROM ${RUNTIME_IMAGE}

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
# documents/ is writable by the bot: an admin's "add this source" from Slack saves the file there. Mount a
# volume on /app/documents to keep added sources across container replacements (and edit them in place:
# the bot reloads on change).
RUN chown -R thesisbot:thesisbot /app/documents

ENV PORT=3000 \
    LANG=C.UTF-8 \
    DJL_CACHE_DIR=/app/.thesisbot-cache/djl

USER thesisbot
EXPOSE 3000

# Liveness over plain HTTP with bash's /dev/tcp (the JRE image has no curl or wget, and starting a
# second JVM every interval would cost more than the check). With podman, keep it: build with --format docker.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-3000} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# Relative paths in config/thesisbot.yaml (documents/, prompts/, .thesisbot-cache) resolve from /app.
# Arguments go to the bot (e.g. `docker run --rm thesisbot ask "..."`); extra JVM flags via JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/thesisbot.jar"]
