#!/usr/bin/env bash
# container/build.sh: builds the thesisbot image with podman, on a machine that cannot pull from registries.
#
#   bash container/build.sh                 # -> localhost/thesisbot:latest (and the base images it needs)
#   bash container/build.sh --redis         # also localhost/thesisbot-redis:bookworm, for compose.yaml without a registry
#   bash container/build.sh --base-only     # only the base images
#   THESISBOT_IMAGE=thesisbot:dev bash container/build.sh
#
# 1. Base images (the Dockerfile's BUILD_IMAGE and RUNTIME_IMAGE, and a Redis image for compose and tests) are
#    built from Debian packages: `mmdebstrap --variant=apt --include=<packages> bookworm` piped into
#    `podman import`. They are kept in podman's store and as tarballs under ~/.cache/thesisbot/base-images
#    (THESISBOT_CACHE overrides), keyed by their package list, so later runs reuse them; REBUILD_BASE=1 rebuilds.
# 2. The image is built from the repository's Dockerfile with podman (buildah): --format docker (to keep the
#    HEALTHCHECK), --network host (the build stage downloads Maven dependencies) and the CA bundle named by
#    $SSL_CERT_FILE as a build secret of the build stage only. Maven's repository is a build cache mount, so
#    rebuilds download nothing new; --layers=false keeps no intermediate images (the build stage is ~600 MB).
#
# Needs: podman, runc, mmdebstrap (Debian: apt-get install -y podman runc mmdebstrap). Runs as root or rootless.
# podman settings come from container/containers.conf (CONTAINERS_CONF), which changes nothing on the host.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${THESISBOT_IMAGE:-localhost/thesisbot:latest}
SUITE=${DEBIAN_SUITE:-bookworm}
CACHE=${THESISBOT_CACHE:-$HOME/.cache/thesisbot}/base-images
export CONTAINERS_CONF=${CONTAINERS_CONF:-$(pwd)/container/containers.conf}

BUILD_PACKAGES="openjdk-17-jdk-headless,maven,ca-certificates"
RUNTIME_PACKAGES="openjdk-17-jre-headless,ca-certificates"
REDIS_PACKAGES="redis-server"
BUILD_BASE=localhost/thesisbot-base-build:$SUITE
RUNTIME_BASE=localhost/thesisbot-base-jre:$SUITE
REDIS_BASE=localhost/thesisbot-redis:$SUITE

log() { printf '== %s\n' "$*" >&2; }

WITH_REDIS=0
BASE_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --redis) WITH_REDIS=1 ;;
    --base-only) BASE_ONLY=1 ;;
    *) echo "container/build.sh: unknown option $arg (known: --redis, --base-only)" >&2; exit 2 ;;
  esac
done

for tool in podman mmdebstrap; do
  command -v "$tool" >/dev/null 2>&1 || { echo "container/build.sh: $tool is not installed (apt-get install -y podman runc mmdebstrap)" >&2; exit 3; }
done

# base_image NAME PACKAGES CUSTOMIZE_HOOK [podman import --change ...]
base_image() {
  local name=$1 packages=$2 hook=$3; shift 3
  local key tar
  key=$(printf '%s|%s|%s%s' "$SUITE" "$packages" "$*" "${hook:+|$hook}" | sha256sum | cut -c1-12)
  tar="$CACHE/$(basename "${name%%:*}")-$SUITE-$key.tar"
  if [ "${REBUILD_BASE:-0}" != 1 ] && podman image exists "$name" \
      && [ "$(podman image inspect --format '{{index .Labels "thesisbot.base.key"}}' "$name" 2>/dev/null)" = "$key" ]; then
    log "$name: in podman's store (key $key)"
    return
  fi
  mkdir -p "$CACHE"
  if [ "${REBUILD_BASE:-0}" = 1 ] || [ ! -s "$tar" ]; then
    log "$name: mmdebstrap --variant=apt --include=$packages $SUITE"
    local t0=$SECONDS
    # mmdebstrap picks the output format from the file name: keep the .tar ending on the partial file
    mmdebstrap --quiet --variant=apt --include="$packages" ${hook:+--customize-hook="$hook"} "$SUITE" "${tar%.tar}.partial.tar"
    mv "${tar%.tar}.partial.tar" "$tar"
    log "$name: root file system built in $((SECONDS - t0)) s ($(du -h "$tar" | cut -f1))"
  else
    log "$name: from the cached root file system $tar"
  fi
  podman import --quiet --change "LABEL thesisbot.base.key=$key" "$@" "$tar" "$name" >/dev/null
}

T0=$SECONDS
mkdir -p "$CACHE"
# one base-image builder at a time on this machine (two test runs at once would both run mmdebstrap)
exec 9>"$CACHE/.lock"
flock 9
# (mmdebstrap already leaves no apt lists or package caches in the root file system)
base_image "$BUILD_BASE" "$BUILD_PACKAGES" "" --change 'CMD ["/bin/bash"]'
base_image "$RUNTIME_BASE" "$RUNTIME_PACKAGES" "" --change 'CMD ["/bin/bash"]'
if [ "$WITH_REDIS" = 1 ]; then
  # /data as in the upstream image: compose.yaml keeps Redis snapshots there
  base_image "$REDIS_BASE" "$REDIS_PACKAGES" 'chroot "$1" install -d -o redis -g redis /data' \
    --change 'USER redis' --change 'WORKDIR /data' --change 'EXPOSE 6379' \
    --change 'CMD ["redis-server", "--bind", "0.0.0.0", "--protected-mode", "no", "--save", "", "--appendonly", "no"]'
fi
flock -u 9
log "base images ready in $((SECONDS - T0)) s"
[ "$BASE_ONLY" = 1 ] && exit 0

SECRET=()
if [ -n "${SSL_CERT_FILE:-}" ] && [ -s "$SSL_CERT_FILE" ]; then
  SECRET=(--secret "id=cacert,src=$SSL_CERT_FILE")
fi
T1=$SECONDS
log "podman build $IMAGE (build stage: $BUILD_BASE, runtime: $RUNTIME_BASE)"
podman build --format docker --layers=false --network host "${SECRET[@]}" \
  --build-arg "BUILD_IMAGE=$BUILD_BASE" --build-arg "RUNTIME_IMAGE=$RUNTIME_BASE" \
  --tag "$IMAGE" --file Dockerfile . >&2
log "image $IMAGE built in $((SECONDS - T1)) s ($(podman image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
echo "$IMAGE"
