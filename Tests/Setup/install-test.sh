#!/bin/sh
# Checks `make install` and `make uninstall` into a scratch DESTDIR with PREFIX=/usr:
# the binary runs, the bash, zsh and fish completions are non-empty (bash parses
# its own), the man page renders and documents both subcommands, and uninstall
# removes every file again. Run by `make test` after `swift test`, with the debug
# build that `swift test` made (CONFIG=debug), so it builds nothing but the man page.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
config=${CONFIG:-debug}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/osce-kg-install-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() { echo "install-test: FAILED: $*" >&2; exit 1; }
files="bin/osce-kg share/man/man1/osce-kg.1 share/bash-completion/completions/osce-kg
share/zsh/site-functions/_osce-kg share/fish/vendor_completions.d/osce-kg.fish"

make -s -C "$root" CONFIG="$config" DESTDIR="$scratch" PREFIX=/usr install > "$scratch/install.out" 2>&1 \
  || { cat "$scratch/install.out" >&2; fail "make install exited non-zero"; }
for f in $files; do
  [ -s "$scratch/usr/$f" ] || fail "make install did not write a non-empty /usr/$f"
done
"$scratch/usr/bin/osce-kg" --version | grep -Eq '^[0-9]+\.[0-9]+' || fail "the installed binary does not print its version"
bash -n "$scratch/usr/share/bash-completion/completions/osce-kg" || fail "the bash completion script does not parse"
grep -q 'export' "$scratch/usr/share/zsh/site-functions/_osce-kg" || fail "the zsh completion script lacks the export subcommand"
grep -q 'query' "$scratch/usr/share/fish/vendor_completions.d/osce-kg.fish" || fail "the fish completion script lacks the query subcommand"

page="$scratch/usr/share/man/man1/osce-kg.1"
if command -v groff >/dev/null; then
  rendered=$(groff -mandoc -Tutf8 -ww -P-cbou "$page" 2>"$scratch/groff.err") || fail "groff cannot render the man page"
  [ -s "$scratch/groff.err" ] && fail "groff warns about the man page: $(cat "$scratch/groff.err")"
elif command -v man >/dev/null; then
  rendered=$(MANWIDTH=80 man -l "$page") || fail "man cannot render the man page"
else
  rendered=$(cat "$page"); echo "install-test: no groff or man here; checked the page's text only"
fi
for word in NAME SYNOPSIS export query --format --results; do
  echo "$rendered" | grep -q -e "$word" || fail "the man page does not mention $word"
done
# EXIT STATUS states the statuses the binary gives (0, 1, 64 for usage), not mdoc's generic ">0".
echo "$rendered" | tr -s ' \n' ' ' | grep -q "exits 0 on success, 1 when the work failed (after one osce-kg: error: line per fault), and 64 on a usage error" \
  || fail "the man page's EXIT STATUS does not give 0, 1 and 64"
echo "$rendered" | grep -q ">0" && fail "the man page still says the generic >0 exit status"

make -s -C "$root" CONFIG="$config" DESTDIR="$scratch" PREFIX=/usr uninstall > "$scratch/uninstall.out" 2>&1 \
  || fail "make uninstall exited non-zero"
for f in $files; do
  [ ! -e "$scratch/usr/$f" ] || fail "make uninstall left /usr/$f"
done
echo "install-test: ok (binary, 3 completion scripts and man page installed under DESTDIR/usr and removed)"
