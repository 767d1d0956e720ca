#!/bin/sh
# Build stage only: runs Maven, trusting the CA bundle passed as the build secret `cacert` when there is one
# (builds behind a TLS-inspecting proxy: podman build --secret id=cacert,src="$SSL_CERT_FILE" ...). The trust
# store lives in a temporary directory for this one command and never reaches an image layer.
set -eu
if [ -s /run/secrets/cacert ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  java /usr/local/share/thesisbot/PemTrustStore.java /run/secrets/cacert "$tmp/ca.p12" changeit
  MAVEN_OPTS="${MAVEN_OPTS:-} -Djavax.net.ssl.trustStore=$tmp/ca.p12 -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12"
  export MAVEN_OPTS
  mvn "$@"
else
  exec mvn "$@"
fi
