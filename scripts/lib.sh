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
