#!/bin/sh
# Checks the Makefile's Python set-up the way it fails on a stock Debian 12 or
# Ubuntu 24.04: the python3 on PATH refuses `pip install` outside a virtual
# environment (PEP 668, "externally-managed-environment") and cannot create a
# virtual environment until Debian's python3-venv is installed.
#
# In a scratch copy of the Makefile, with a python3 wrapper and a fake apt-get
# first on PATH, it asserts that
#   - `make venv` installs python3-venv, creates .venv/ and installs the tools
#     into it (an offline wheel stands in for pyshacl, pyoxigraph and rdflib);
#   - nothing runs `pip install` on the system Python;
#   - a second `make venv` does nothing;
#   - `make demo` runs no Python at all (checked on its dry run).
# Run by `make test`; needs a python3 with venv support (the real one behind the wrapper).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
real_python=$(command -v python3) || { echo "venv-setup-test: SKIPPED: no python3 on PATH"; exit 0; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/osce-kg-venv-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() { echo "venv-setup-test: FAILED: $*" >&2; exit 1; }

mkdir -p "$scratch/bin" "$scratch/wheels" "$scratch/project"
cp "$root/Makefile" "$scratch/project/Makefile"

# python3 that behaves like Debian's system Python without python3-venv.
cat > "$scratch/bin/python3" <<WRAPPER
#!/bin/sh
echo "python3 \$*" >> "$scratch/python3.log"
if [ "\$1" = -m ] && [ "\$2" = pip ] && echo " \$* " | grep -q ' install '; then
  cat >&2 <<'MSG'
error: externally-managed-environment

× This environment is externally managed
╰─> To install Python packages system-wide, try apt install
    python3-xyz, where xyz is the package you are trying to
    install.
MSG
  exit 1
fi
if [ "\$1" = -m ] && [ "\$2" = venv ] && [ ! -e "$scratch/python3-venv-installed" ]; then
  echo "The virtual environment was not created successfully because ensurepip is not" >&2
  echo "available.  On Debian/Ubuntu systems, you need to install the python3-venv package" >&2
  exit 1
fi
exec "$real_python" "\$@"
WRAPPER
# apt-get that only records what it was asked to install.
cat > "$scratch/bin/apt-get" <<APT
#!/bin/sh
echo "apt-get \$*" >> "$scratch/apt-get.log"
case " \$* " in *" install "*python3-venv*) touch "$scratch/python3-venv-installed" ;; esac
APT
chmod +x "$scratch/bin/python3" "$scratch/bin/apt-get"

# An offline stand-in for the Python test tools: one pure-Python wheel.
"$real_python" - "$scratch/wheels" <<'WHEEL'
import os, sys, zipfile
name, version = "osce_kg_probe", "1.0"
info = f"{name}-{version}.dist-info"
files = {
    f"{name}/__init__.py": "ANSWER = 42\n",
    f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
    f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: venv-setup-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
with zipfile.ZipFile(os.path.join(sys.argv[1], f"{name}-{version}-py3-none-any.whl"), "w") as z:
    for path, text in files.items():
        z.writestr(path, text)
    z.writestr(f"{info}/RECORD", "".join(f"{p},,\n" for p in [*files, f"{info}/RECORD"]))
WHEEL

run_make() {
  PATH="$scratch/bin:$PATH" PIP_NO_INDEX=1 PIP_FIND_LINKS="$scratch/wheels" \
    make -s -C "$scratch/project" SUDO= PYTHON_TOOLS=osce_kg_probe "$@"
}

run_make venv > "$scratch/make-venv.out" 2>&1 || { cat "$scratch/make-venv.out" >&2; fail "make venv exited non-zero"; }
grep -q 'install.*python3-venv' "$scratch/apt-get.log" 2>/dev/null || fail "make venv did not install python3-venv when python3 -m venv failed"
grep -q 'pip' "$scratch/python3.log" && fail "the system python3 was asked to run pip: $(grep pip "$scratch/python3.log")"
[ "$("$scratch/project/.venv/bin/python" -c 'import sys, osce_kg_probe; print(sys.prefix != sys.base_prefix, osce_kg_probe.ANSWER)')" = "True 42" ] \
  || fail ".venv/bin/python is not a virtual environment holding the tools"

before=$(cat "$scratch/python3.log" "$scratch/apt-get.log" | wc -l)
run_make venv > "$scratch/make-venv-again.out" 2>&1 || fail "a second make venv exited non-zero"
[ "$(cat "$scratch/python3.log" "$scratch/apt-get.log" | wc -l)" = "$before" ] || fail "a second make venv ran python3 or apt-get again"
[ -s "$scratch/make-venv-again.out" ] && fail "a second make venv printed: $(cat "$scratch/make-venv-again.out")"

run_make -n demo > "$scratch/demo.n" 2>&1 || fail "make -n demo exited non-zero"
grep -Eq 'python|\.venv|pip ' "$scratch/demo.n" && fail "make demo would run Python: $(grep -E 'python|\.venv|pip ' "$scratch/demo.n")"
echo "venv-setup-test: ok (python3-venv installed on demand, .venv created, no system pip install, demo needs no Python)"
