#include "chartofaccounts.h"

#include "core/seedrow.h"
#include "rpc/rpcerror.h"

#include <QSqlDatabase>

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
        for (const Account &a : chart)
            erp::core::seedCatalogRow(db, QStringLiteral("CAT_ACCOUNTS"), QString::fromLatin1(a.code), QString::fromUtf8(a.name),
                                      {{QStringLiteral("ACCOUNT_TYPE"), QString::fromLatin1(a.type)}});
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = e.message;
        return false;
    }
}

} // namespace erp::accounting
