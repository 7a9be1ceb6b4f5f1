# Shared by scripts/demo and scripts/test: install what a fresh machine lacks.

# Installs Debian packages that are missing (as root, or with sudo when available).
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Node.js and npm build the front-end assets (the KERN UX design system from npm).
ensure_npm() {
  command -v npm >/dev/null 2>&1 || ensure_packages nodejs npm
}

# The front-end packages from package-lock.json: KERN UX, the Arabic font, axe-core. Installed
# here, before cargo, because two build scripts (crates/web, crates/report) read them and would
# each run `npm ci` — at the same time, deleting node_modules under the other — when one is missing.
ensure_front_end_packages() {
  local needed=(
    node_modules/@kern-ux/native/dist/kern.min.css
    node_modules/@kern-ux/native/dist/fonts/noto-sans/NotoSans-Regular.woff
    node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff
    node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2
    node_modules/axe-core/axe.min.js
  )
  for file in "${needed[@]}"; do
    if [ ! -f "$file" ]; then
      echo "==> front-end packages (npm ci)"
      npm ci --ignore-scripts --no-audit --no-fund
      return
    fi
  done
}

# A debug build of every test binary takes ~10 GB. The linker dies with a bus error, not a
# message, when the disk fills while it writes; so when less than 15 GB is free, drop the
# incremental caches (rebuilt as needed) before building, and say so.
ensure_free_disk() {
  local target="$1" free_kb
  mkdir -p "$target"
  free_kb="$(df -Pk "$target" | awk 'NR==2 {print $4}')"
  if [ "${free_kb:-0}" -lt $((15 * 1024 * 1024)) ]; then
    echo "==> only $((free_kb / 1024)) MB free beside $target: removing its incremental caches"
    rm -rf "$target"/debug/incremental "$target"/release/incremental
    free_kb="$(df -Pk "$target" | awk 'NR==2 {print $4}')"
    if [ "$free_kb" -lt $((8 * 1024 * 1024)) ]; then
      echo "warning: still only $((free_kb / 1024)) MB free; the build needs about 10 GB" >&2
    fi
  fi
}
