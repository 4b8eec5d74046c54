#!/bin/sh
# Make a demo workbook, export it to Word, and let LibreOffice render the pages as PNG images,
# so a person can look at what the export really looks like.
#
#   scripts/render-export.sh [OUT_DIR]        (default: ./export-preview)
#
# Needs: coursebook installed, LibreOffice (Debian: libreoffice-writer-nogui), poppler-utils.
set -eu
out=${1:-export-preview}
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
coursebook-cli demo --data-dir "$data" --language "${LANGUAGE_OF_DEMO:-nl}"
coursebook-cli export --data-dir "$data" --format docx --steps 1-9 --lessons --customers --nps \
  --name "Sanne de Vries" --out "$out/demo.docx"
coursebook-cli export --data-dir "$data" --format pdf --steps 6-8 --customers --nps \
  --out "$out/demo-qt.pdf"
coursebook-cli export --data-dir "$data" --format md --out "$out/demo.md"
soffice --headless --convert-to pdf --outdir "$out" "$out/demo.docx" >/dev/null
pdftoppm -png -r 60 "$out/demo.pdf" "$out/page"
pdftoppm -png -r 60 -l 4 "$out/demo-qt.pdf" "$out/qt-page"
echo "pages: $(ls "$out"/page-*.png | wc -l) in $out"
