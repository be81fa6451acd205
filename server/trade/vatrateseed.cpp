#include "vatrateseed.h"

#include "core/seedrow.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QDate>
#include <QSqlDatabase>
#include "db/query.h"

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
        erp::db::Query q(db);
        for (const Rate &r : rates) {
            const qint64 id = erp::core::seedCatalogRow(db, QStringLiteral("CAT_VAT_RATES"), QString::fromLatin1(r.code),
                                                        QString::fromUtf8(r.name), {{QStringLiteral("EXEMPT"), r.exempt}});
            if (!id)
                continue;
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
