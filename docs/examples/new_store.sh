#!/usr/bin/env bash
# A new store from the command line (issue 20): the same as the first-run wizard plus the settings pages.
#
#   DEALERDESK_PASSWORD=…  (the administrator's)   DEALERDESK_NEW_PASSWORD=…  (the consultant's)
#   bash docs/examples/new_store.sh STORE.db MODELS.csv SERVICES.csv CUSTOMERS.csv
#
# 1. create the store and its administrator (login "admin"), 2. add a consultant, 3. fill the car model
# catalogue and the service price list from sheets (recognised from their headers), 4. import the customers
# (their 意向车型 and 销售顾问 cells are matched to the catalogue and the staff). Stops at the first failure.
set -euo pipefail
store="$1"; models="$2"; services="$3"; customers="$4"
dd() { python -m dealerdesk --db "$store" "$@"; }

dd migrate --admin admin
export DEALERDESK_USER=admin
dd store-profile --name "深圳鹏程汽车4S店" --phone 0755-23456789
dd user add sales01 --name 刘婷 --role sales
dd catalogue import "$models"
dd catalogue import "$services"
dd import "$customers" --json
