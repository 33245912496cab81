#!/usr/bin/env bash
# Proves, with no secret and no network beyond Maven Central, that a release would be accepted by Maven Central:
#  1. makes a throwaway OpenPGP key;
#  2. builds the release profile as a release version (no -SNAPSHOT) in a scratch copy of the tree;
#  3. stages everything that would be published into target/staging-repo/ (Maven repository layout), with the
#     throwaway public key as target/staging-repo/dry-run-public-key.asc;
#  4. checks Central's rules on the staged files and exits non-zero on the first one broken.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
fail() { echo "release dry run: $*" >&2; exit 1; }

snapshot=$(./mvnw -B -ntp -q help:evaluate -Dexpression=project.version -DforceStdout)
case "$snapshot" in *-SNAPSHOT) ;; *) fail "pom.xml's version '$snapshot' is not a -SNAPSHOT" ;; esac
version=${snapshot%-SNAPSHOT}
staging=$root/target/staging-repo
scratch=$(mktemp -d)
export GNUPGHOME=$(mktemp -d)
chmod 700 "$GNUPGHOME"
trap 'rm -rf "$scratch" "$GNUPGHOME"' EXIT

echo "== 1. A throwaway OpenPGP key"
passphrase=dry-run-$RANDOM$RANDOM
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
  --quick-gen-key "box-maven-plugin release dry run <dry-run@example.invalid>" rsa3072 sign 1d
export MAVEN_GPG_KEY=$(gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys)
export MAVEN_GPG_PASSPHRASE=$passphrase

echo "== 2. The release profile as version $version, in a scratch copy"
git ls-files -z | xargs -0 -I{} cp --parents {} "$scratch/" 2>/dev/null || tar --exclude=./target -cf - . | (cd "$scratch" && tar -xf -)
# as release.yml sets it from the tag
(cd "$scratch" && ./mvnw -B -ntp -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false)
[ "$(cd "$scratch" && ./mvnw -B -ntp -q help:evaluate -Dexpression=project.version -DforceStdout)" = "$version" ] \
  || fail "the version was not set in the scratch copy"

echo "== 3. Staging into $staging"
rm -rf "$staging"
(cd "$scratch" && ./mvnw -B -ntp -q -Prelease deploy -DskipTests -Dinvoker.skip \
  -DaltDeploymentRepository=dry-run::file://"$staging")
gpg --batch --quiet --armor --export > "$staging/dry-run-public-key.asc"

echo "== 4. Central's rules"
dir=$staging/io/github/boxmaven/box-maven-plugin/$version
[ -d "$dir" ] || fail "nothing staged in $dir"
base=$dir/box-maven-plugin-$version
for required in "$base.pom" "$base.jar" "$base-sources.jar" "$base-javadoc.jar"; do
  [ -f "$required" ] || fail "missing $(basename "$required")"
done
verify_keyring=$(mktemp -d)
chmod 700 "$verify_keyring"
GNUPGHOME=$verify_keyring gpg --batch --quiet --import "$staging/dry-run-public-key.asc"
count=0
for file in "$dir"/*; do
  case "$file" in *.asc|*.md5|*.sha1|*.sha256|*.sha512) continue ;; esac
  name=$(basename "$file")
  for suffix in .asc .md5 .sha1; do
    [ -f "$file$suffix" ] || fail "$name has no $suffix"
  done
  [ "$(cut -d' ' -f1 < "$file.sha1")" = "$(sha1sum "$file" | cut -d' ' -f1)" ] || fail "$name.sha1 does not match"
  [ "$(cut -d' ' -f1 < "$file.md5")" = "$(md5sum "$file" | cut -d' ' -f1)" ] || fail "$name.md5 does not match"
  GNUPGHOME=$verify_keyring gpg --batch --quiet --verify "$file.asc" "$file" 2>/dev/null \
    || fail "$name.asc is not a valid signature by the dry-run key"
  count=$((count + 1))
done
rm -rf "$verify_keyring"
pom=$base.pom
for element in '<name>' '<description>' '<url>' '<licenses>' '<license>' '<developers>' '<developer>' \
    '<scm>' '<connection>' '<developerConnection>' '<groupId>' '<artifactId>' "<version>$version</version>"; do
  grep -q "$element" "$pom" || fail "the POM has no $element"
done
ls "$dir" | grep -- '-cyclonedx\.json$' >/dev/null || fail "no CycloneDX SBOM was staged"
unzip -l "$base.jar" | grep 'META-INF/LICENSE' >/dev/null || fail "the jar has no META-INF/LICENSE"
echo "release dry run: $count artifacts staged in target/staging-repo, each signed, with .md5 and .sha1; the POM is complete"
