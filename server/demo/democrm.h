#pragma once

#include "demohistory.h"

#include "core/user.h"

#include <optional>

namespace erp::demo {

// What the CRM demo of each part works with: the database the history filled, inside the
// caller's transaction, and the same summary (documents per kind, refusals).
struct CrmDemo
{
    QSqlDatabase &db;
    const erp::meta::Model &model;
    const erp::core::AreaRegistry &areas;
    QDate today;
    int days = 0;
    HistorySummary *summary = nullptr;
};

// Deals in every stage, interactions, tasks, marketing events, claims and segments tied to
// the demo company's history. Each part fills its own (democrm<part>.cpp).
bool fillCrmDemo(CrmDemo &demo, QString *error);

// The first active demo user with one of `roles` (by id), as the demo enters documents in
// their name; nothing when there is none.
std::optional<erp::core::UserInfo> firstDemoUser(CrmDemo &demo, const QStringList &roles);

bool fillDealsDemo(CrmDemo &demo, QString *error);
bool fillInteractionsDemo(CrmDemo &demo, QString *error);
bool fillClientsDemo(CrmDemo &demo, QString *error);
bool fillClaimsDemo(CrmDemo &demo, QString *error);
bool fillSegmentsDemo(CrmDemo &demo, QString *error);

} // namespace erp::demo
