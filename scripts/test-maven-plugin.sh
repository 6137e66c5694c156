#!/usr/bin/env bash
# Tests the Maven plugin (maven-plugin/): installs cognito-lint into the local Maven repository,
# builds the plugin and runs its integration tests, the sample projects of maven-plugin/src/it,
# each built offline by the Maven Invoker plugin with a local repository of its own.
# Arguments go to both Maven runs (-o, once the local repository holds the plugins).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests "$@" install
mvn -B -q -f maven-plugin/pom.xml "$@" verify
