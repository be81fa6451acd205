#include "trialbalance.h"

#include "core/access.h"
#include "core/postinghelpers.h"
#include "db/sqlvalue.h"
#include "decimal.h"

#include <QCborArray>
#include "db/query.h"

namespace erp::accounting {

QCborMap trialBalance(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                      const QDateTime &from, const QDateTime &to, qint64 organization)
{
    const QDateTime f = from.toUTC(), t = to.toUTC();
    QVariantList binds{QDateTime(f.date(), f.time()), QDateTime(t.date(), t.time())};
    QString where = QStringLiteral("l.PERIOD BETWEEN ? AND ?");
    if (organization) {
        where += QStringLiteral(" AND l.ORGANIZATION = ?");
        binds.append(qlonglong(organization));
    }
    // Only the organizations the user may see.
    const erp::core::RowFilter visible = erp::core::AccessPolicy::visibleReference(
        user, model, QStringLiteral("organizations"), QStringLiteral("l.ORGANIZATION"));
    if (!visible.isEmpty()) {
        where += QStringLiteral(" AND ") + visible.sql;
        binds += visible.binds;
    }
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(
        q,
        QStringLiteral("SELECT a.CODE, a.NAME, CAST(SUM(x.DEBIT) AS VARCHAR(40)), CAST(SUM(x.CREDIT) AS VARCHAR(40)) "
                       "FROM (SELECT l.DEBIT AS ACCOUNT, l.AMOUNT AS DEBIT, CAST(0 AS NUMERIC(18,4)) AS CREDIT "
                       "FROM REG_LEDGER l WHERE %1 "
                       "UNION ALL SELECT l.CREDIT, 0, l.AMOUNT FROM REG_LEDGER l WHERE %1) x "
                       "JOIN CAT_ACCOUNTS a ON a.ID = x.ACCOUNT GROUP BY a.CODE, a.NAME ORDER BY a.CODE")
            .arg(where),
        binds + binds);
    QCborArray rows;
    erp::Decimal debit, credit;
    while (q.next()) {
        QCborMap row;
        row.insert(QStringLiteral("account"), q.value(0).toString());
        row.insert(QStringLiteral("name"), q.value(1).toString());
        row.insert(QStringLiteral("debit"), q.value(2).toString());
        row.insert(QStringLiteral("credit"), q.value(3).toString());
        debit =
            erp::core::posting::plus(debit, erp::core::posting::decimal(q.value(2).toString(), QStringLiteral("debit")),
                                     QStringLiteral("debit"));
        credit = erp::core::posting::plus(credit,
                                          erp::core::posting::decimal(q.value(3).toString(), QStringLiteral("credit")),
                                          QStringLiteral("credit"));
        rows.append(row);
    }
    QCborMap result;
    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("debit"), erp::core::posting::money(debit, QStringLiteral("debit")));
    result.insert(QStringLiteral("credit"), erp::core::posting::money(credit, QStringLiteral("credit")));
    return result;
}

} // namespace erp::accounting
