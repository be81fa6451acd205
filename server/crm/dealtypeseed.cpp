#include "dealtypeseed.h"

#include "core/objectwriter.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QSqlQuery>

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
        QSqlQuery q(db);
        erp::db::execute(q, QStringLiteral("SELECT 1 FROM CAT_DEAL_TYPES WHERE CODE = ?"),
                         {QString::fromLatin1(DefaultDealTypeCode)});
        if (q.next())
            return true;
        erp::db::execute(q, QStringLiteral("SELECT NEXT VALUE FOR %1 FROM RDB$DATABASE").arg(erp::db::ObjectIdSequence));
        q.next();
        const qlonglong id = q.value(0).toLongLong();
        const QVariant now = erp::core::nowUtc();
        // Seeded names are Czech, as the VAT rates' and the work schedule's are.
        erp::db::execute(q,
                         QStringLiteral("INSERT INTO CAT_DEAL_TYPES (ID, ROW_VERSION, CODE, NAME, DELETED, CREATED_AT, "
                                        "UPDATED_AT) VALUES (?, 1, ?, ?, FALSE, ?, ?)"),
                         {id, QString::fromLatin1(DefaultDealTypeCode), QStringLiteral("Standardní prodej"), now, now});
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
