#include "dealtypeseed.h"

#include "core/seedrow.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include "db/query.h"

namespace erp::crm {

bool seedDefaultDealType(QSqlDatabase &db, QString *error)
{
    struct Stage
    {
        const char *stage;
        const char *probability;
        int expectedDays;
    };
    const Stage stages[] = {{"lead", "10", 5}, {"qualification", "25", 7}, {"proposal", "50", 14}, {"negotiation", "75", 21}};
    try {
        // Seeded names are Czech, as the VAT rates' and the work schedule's are.
        const qint64 id = erp::core::seedCatalogRow(db, QStringLiteral("CAT_DEAL_TYPES"), QString::fromLatin1(DefaultDealTypeCode),
                                                    QStringLiteral("Standardní prodej"));
        if (!id)
            return true;
        erp::db::Query q(db);
        int line = 0;
        for (const Stage &s : stages)
            erp::db::execute(q,
                             QStringLiteral("INSERT INTO CAT_DEAL_TYPES_STAGES (OWNER_ID, LINE_NO, STAGE, PROBABILITY, "
                                            "MAY_SKIP, EXPECTED_DAYS) VALUES (?, ?, ?, CAST(CAST(? AS VARCHAR(40)) AS "
                                            "NUMERIC(5, 2)), FALSE, ?)"),
                             {id, ++line, QString::fromLatin1(s.stage), QString::fromLatin1(s.probability), s.expectedDays});
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = e.message;
        return false;
    }
}

} // namespace erp::crm
