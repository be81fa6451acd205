#include "rowrules.h"

#include "db/sqlvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include "db/query.h"

#include <atomic>
#include <mutex>

namespace erp::core {

namespace {

using Rules = QHash<QString, QList<RowRule>>; // "role/kind" -> rules

std::mutex mutex;
std::shared_ptr<const Rules> rules;
std::atomic<bool> stale{true};

QString key(const QString &role, const QString &kind)
{
    return role + u'/' + kind;
}

} // namespace

void RowRules::ensureLoaded(QSqlDatabase &db)
{
    if (!stale.load())
        return;
    auto loaded = std::make_shared<Rules>();
    stale = false; // a change committed while loading sets it again
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(
        q, QStringLiteral("SELECT ROLE_NAME, KIND, FIELD_NAME, OP, RULE_VALUE FROM ERP_ROW_RULES ORDER BY ID"));
    while (q.next()) {
        const QJsonDocument value = QJsonDocument::fromJson("[" + q.value(4).toString().toUtf8() + "]");
        RowRule rule{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     QCborValue::fromJsonValue(value.array().at(0))};
        (*loaded)[key(rule.role, rule.kind)].append(rule);
    }
    const std::lock_guard lock(mutex);
    rules = std::move(loaded);
}

void RowRules::invalidate()
{
    stale = true;
}

QList<RowRule> RowRules::of(const QString &role, const QString &kind)
{
    const std::lock_guard lock(mutex);
    return rules ? rules->value(key(role, kind)) : QList<RowRule>();
}

QList<RowRule> RowRules::all()
{
    const std::lock_guard lock(mutex);
    QList<RowRule> out;
    if (rules)
        for (const QList<RowRule> &list : *rules)
            out += list;
    return out;
}

} // namespace erp::core
