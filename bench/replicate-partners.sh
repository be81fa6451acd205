#!/usr/bin/env bash
# Stop-gap while `erp-server --init --demo --scale N` fails for N >= 4 (see BENCHMARKS.md):
# grows the partners of a demo database to TARGET elements by copying the existing elements
# with new ids and codes taken from the server's own sequences. Names, cities, e-mails and the
# other values repeat the generated ones. Run it with erp-server stopped (embedded access).
#
#   bench/replicate-partners.sh DIR [TARGET]     TARGET defaults to 1000000
set -euo pipefail

if [[ $# -lt 1 || ! -f $1/erp.fdb ]]; then
    echo "usage: $0 DIR [TARGET]   (DIR holds erp.fdb made by erp-server --init --demo)" >&2
    exit 2
fi
db=$1/erp.fdb
target=${2:-1000000}
isql=${ISQL:-isql-fb}

read -r count max_id < <(printf 'SET HEADING OFF;\nSELECT COUNT(*), MAX(ID) FROM CAT_PARTNERS WHERE IS_GROUP = FALSE;\n' \
    | "$isql" -user SYSDBA -q "$db" | awk 'NF == 2 { print $1, $2 }')
if [[ -z ${count:-} || $count -eq 0 ]]; then
    echo "no partner elements in $db; create a demo database first" >&2
    exit 1
fi
if [[ $count -ge $target ]]; then
    echo "$db already has $count partner elements"
    exit 0
fi
rounds=$(((target - count) / count))
rest=$(((target - count) % count))
columns="ROW_VERSION, NAME, DELETED, PARENT, IS_GROUP, CREATED_AT, UPDATED_AT, IS_CLIENT, IS_SUPPLIER, IS_COMPETITOR,
 LEGAL_FORM, ICO, DIC, EMAIL, PHONE, WEB, STREET, CITY, POSTAL_CODE, COUNTRY, MANAGER, SOURCE, CREDIT_LIMIT,
 PAYMENT_DAYS, REGISTERED_ON, NOTE"
copy() {
    echo "INSERT INTO CAT_PARTNERS (ID, CODE, $columns)
 SELECT GEN_ID(SEQ_OBJECT_ID, 1), LPAD(GEN_ID(CAT_PARTNERS_CODE_SEQ, 1), 9, '0'), $columns
 FROM CAT_PARTNERS WHERE IS_GROUP = FALSE AND ID <= $max_id ORDER BY ID $1;
COMMIT;"
}
echo "copying $count partner elements $rounds times plus $rest rows into $db"
{
    echo "SET AUTODDL OFF;"
    for _ in $(seq 1 "$rounds"); do copy ""; done
    if [[ $rest -gt 0 ]]; then copy "ROWS $rest"; fi
    echo "SELECT COUNT(*) AS PARTNER_ELEMENTS FROM CAT_PARTNERS WHERE IS_GROUP = FALSE;"
} | "$isql" -user SYSDBA -q "$db"
