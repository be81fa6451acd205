#include "chartofaccounts.h"

#include "core/objectwriter.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace erp::accounting {

bool seedChartOfAccounts(QSqlDatabase &db, QString *error)
{
    struct Account
    {
        const char *code;
        const char *name;
        const char *type;
    };
    static const Account chart[] = {
        {"131", "Pořízení materiálu", "active"},   {"132", "Zboží na skladě", "active"},
        {"211", "Pokladna", "active"},             {"221", "Bankovní účty", "active"},
        {"311", "Odběratelé", "active"},           {"321", "Dodavatelé", "passive"},
        {"343", "Daň z přidané hodnoty", "active_passive"},
        {"504", "Prodané zboží", "expense"},       {"604", "Tržby za zboží", "revenue"},
        {"518", "Ostatní služby", "expense"},
        {"563", "Kurzové ztráty", "expense"},      {"663", "Kurzové zisky", "revenue"},
        {"549", "Manka a škody z provozní činnosti", "expense"},
        {"648", "Ostatní provozní výnosy", "revenue"},
    };
    try {
        QSqlQuery q(db);
        const QVariant now = erp::core::nowUtc();
        for (const Account &a : chart) {
            erp::db::execute(q, QStringLiteral("SELECT 1 FROM CAT_ACCOUNTS WHERE CODE = ?"), {QString::fromLatin1(a.code)});
            if (q.next())
                continue;
            erp::db::execute(q,
                             QStringLiteral("INSERT INTO CAT_ACCOUNTS (ID, ROW_VERSION, CODE, NAME, ACCOUNT_TYPE, CREATED_AT, UPDATED_AT) "
                                            "VALUES (NEXT VALUE FOR %1, 1, ?, ?, ?, ?, ?)")
                                 .arg(erp::db::ObjectIdSequence),
                             {QString::fromLatin1(a.code), QString::fromUtf8(a.name), QString::fromLatin1(a.type), now, now});
        }
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = e.message;
        return false;
    }
}

} // namespace erp::accounting
