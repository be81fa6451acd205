#include "vatrateseed.h"

#include "core/objectwriter.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace erp::trade {

bool seedVatRates(QSqlDatabase &db, QString *error)
{
    struct Percentage
    {
        QDate validFrom;
        const char *percentage;
    };
    struct Rate
    {
        const char *code;
        const char *name;
        bool exempt;
        QList<Percentage> percentages;
    };
    const Rate rates[] = {
        {"standard", "Základní sazba", false, {{QDate(2013, 1, 1), "21.00"}}},
        {"reduced", "Snížená sazba", false, {{QDate(2013, 1, 1), "15.00"}, {QDate(2024, 1, 1), "12.00"}}},
        {"zero", "Nulová sazba", false, {{QDate(2013, 1, 1), "0.00"}}},
        {"exempt", "Osvobozeno od daně", true, {}},
    };
    try {
        QSqlQuery q(db);
        const QVariant now = erp::core::nowUtc();
        for (const Rate &r : rates) {
            erp::db::execute(q, QStringLiteral("SELECT 1 FROM CAT_VAT_RATES WHERE CODE = ?"), {QString::fromLatin1(r.code)});
            if (q.next())
                continue;
            erp::db::execute(q, QStringLiteral("SELECT NEXT VALUE FOR %1 FROM RDB$DATABASE").arg(erp::db::ObjectIdSequence));
            q.next();
            const qlonglong id = q.value(0).toLongLong();
            erp::db::execute(q,
                             QStringLiteral("INSERT INTO CAT_VAT_RATES (ID, ROW_VERSION, CODE, NAME, EXEMPT, CREATED_AT, "
                                            "UPDATED_AT) VALUES (?, 1, ?, ?, ?, ?, ?)"),
                             {id, QString::fromLatin1(r.code), QString::fromUtf8(r.name), r.exempt, now, now});
            int line = 0;
            for (const Percentage &p : r.percentages)
                erp::db::execute(q,
                                 QStringLiteral("INSERT INTO CAT_VAT_RATES_PERCENTAGES (OWNER_ID, LINE_NO, VALID_FROM, "
                                                "PERCENTAGE) VALUES (?, ?, ?, CAST(CAST(? AS VARCHAR(40)) AS NUMERIC(5, 2)))"),
                                 {id, ++line, p.validFrom, QString::fromLatin1(p.percentage)});
        }
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = e.message;
        return false;
    }
}

} // namespace erp::trade
