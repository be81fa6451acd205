#include "clienthistory.h"

#include "clientkinds.h"
#include "core/access.h"
#include "core/catalogstore.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include "db/query.h"

#include <algorithm>
#include <tuple>

namespace erp::crm {

namespace {

using erp::core::AccessPolicy;
using erp::core::RowFilter;
using erp::db::quoteIdentifier;
using erp::meta::Field;
using erp::meta::FieldType;
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;
using erp::rpc::fail;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientHistory)
};

constexpr int DefaultLimit = 50;
const QString DocumentEntry = QStringLiteral("document");
const QString StageEntry = QStringLiteral("stage");

QString metaTitle(const QString &english)
{
    return QCoreApplication::translate("MetadataTitle", english.toUtf8().constData());
}

QVariant stamp(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return QDateTime(u.date(), u.time());
}

QDateTime fromStamp(const QVariant &v)
{
    const QDateTime local = v.toDateTime();
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

// The total order of the history, newest first: (at, kind, entry, entryId) descending.
struct Position
{
    QDateTime at;
    QString kind;
    QString entry;
    qint64 id = 0;

    auto key() const { return std::tie(at, kind, entry, id); }
};

struct Filters
{
    QSet<QString> kinds; // empty: all
    std::optional<QDateTime> from, to;
    std::optional<qint64> manager;
};

QDateTime moment(const QCborValue &v, const QString &path)
{
    const QDateTime t = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid())
        fail(ErrorCode::Validation, Text::tr("%1: a date and time as YYYY-MM-DDTHH:MM:SSZ is required").arg(path),
             path);
    return t.toUTC();
}

Filters readFilters(const QCborMap &params, const QList<HistoryKind> &kinds, const erp::meta::Model &model)
{
    Filters f;
    const QCborValue value = params.value(QStringLiteral("filters"));
    if (value.isUndefined())
        return f;
    const QCborMap m = value.toMap();
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        const QString key = it.key().toString();
        const QString path = QStringLiteral("filters.") + key;
        if (key == QLatin1String("kinds")) {
            if (!it.value().isArray())
                fail(ErrorCode::Validation, Text::tr("%1: a list of kinds is required").arg(path), path);
            const QCborArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString at = QStringLiteral("%1[%2]").arg(path).arg(i + 1);
                const QString name = list.at(i).toString();
                if (!list.at(i).isString())
                    fail(ErrorCode::Validation, Text::tr("%1: a kind name is required").arg(at), at);
                if (!model.kind(name))
                    fail(ErrorCode::Validation, Text::tr("%1: unknown kind \"%2\"").arg(at, name), at);
                if (std::none_of(kinds.cbegin(), kinds.cend(), [&](const HistoryKind &k) { return k.kind->name == name; }))
                    fail(ErrorCode::Validation, Text::tr("%1: %2 has no history of a partner").arg(at, name), at);
                f.kinds.insert(name);
            }
        } else if (key == QLatin1String("from")) {
            f.from = moment(it.value(), path);
        } else if (key == QLatin1String("to")) {
            f.to = moment(it.value(), path);
        } else if (key == QLatin1String("manager")) {
            if (!it.value().isInteger() || it.value().toInteger() <= 0)
                fail(ErrorCode::Validation, Text::tr("%1: the id of a user is required").arg(path), path);
            f.manager = it.value().toInteger();
        } else {
            fail(ErrorCode::Validation,
                 Text::tr("%1: unknown filter; the filters are kinds, from, to and manager").arg(path), path);
        }
    }
    if (f.from && f.to && *f.from > *f.to)
        fail(ErrorCode::Validation, Text::tr("filters.to: is before filters.from"), QStringLiteral("filters.to"));
    return f;
}

std::optional<Position> readCursor(const QCborMap &params)
{
    const QCborValue value = params.value(QStringLiteral("after"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QCborMap m = value.toMap();
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("at") && key != QLatin1String("kind") && key != QLatin1String("entry") &&
            key != QLatin1String("id"))
            fail(ErrorCode::Validation,
                 Text::tr("after.%1: unknown key; pass the answer's next as it is").arg(key), QStringLiteral("after"));
    }
    Position p;
    p.at = moment(m.value(QStringLiteral("at")), QStringLiteral("after.at"));
    p.kind = m.value(QStringLiteral("kind")).toString();
    if (!m.value(QStringLiteral("kind")).isString() || p.kind.isEmpty())
        fail(ErrorCode::Validation, Text::tr("after.kind: a kind name is required"), QStringLiteral("after.kind"));
    p.entry = m.value(QStringLiteral("entry")).toString();
    if (p.entry != DocumentEntry && p.entry != StageEntry)
        fail(ErrorCode::Validation, Text::tr("after.entry: must be document or stage"), QStringLiteral("after.entry"));
    if (!m.value(QStringLiteral("id")).isInteger())
        fail(ErrorCode::Validation, Text::tr("after.id: an integer is required"), QStringLiteral("after.id"));
    p.id = m.value(QStringLiteral("id")).toInteger();
    return p;
}

struct Entry
{
    Position position;
    QCborMap row;
};

// One keyset query: the entries of one kind (documents or their stage changes) whose reference
// `column` is `value`, newest first, after the cursor, at most `limit`.
class StreamQuery
{
public:
    StreamQuery(erp::rpc::CallContext &ctx, const HistoryKind &kind, const QString &entry, const Filters &filters)
        : m_ctx(ctx)
        , m_kind(kind)
        , m_entry(entry)
        , m_filters(filters)
    {
    }

    // The SELECT of one stream, its columns cast to the types every stream shares (the page
    // is one UNION ALL of all of them: one statement to prepare, not one per kind).
    struct Part
    {
        QString sql;
        QVariantList binds;
    };

    Part build(qint64 value, const std::optional<Position> &after, int limit, int stream) const
    {
        const ObjectKind &k = *m_kind.kind;
        const bool stage = m_entry == StageEntry;
        const QString at = stage ? QStringLiteral("h.MOVED_AT") : QStringLiteral("t.DOC_DATE");
        const QString id = stage ? QStringLiteral("h.ID") : QStringLiteral("t.ID");
        const auto text = [](const QString &e, int n) {
            return QStringLiteral("CAST(%1 AS VARCHAR(%2) CHARACTER SET UTF8)").arg(e).arg(n);
        };
        const QString none = QStringLiteral("NULL");
        QStringList columns{QStringLiteral("CAST(%1 AS BIGINT)").arg(id), QStringLiteral("CAST(%1 AS TIMESTAMP)").arg(at),
                            QStringLiteral("CAST(t.ID AS BIGINT)"), text(QStringLiteral("t.NUMBER"), 30),
                            text(QStringLiteral("t.STATUS"), 40)};
        columns << text(stage ? QStringLiteral("h.FROM_STATE") : none, 40)
                << text(stage ? QStringLiteral("h.TO_STATE") : none, 40)
                << text(stage ? QStringLiteral("h.USER_LOGIN") : none, 40);
        // "+ 0": the join is driven from the partner's deals (their partner index) to their
        // history rows (by object), never by a scan of the whole history.
        QString from = stage ? QStringLiteral("ERP_WORKFLOW_HISTORY h JOIN %1 t ON h.OBJECT_ID = t.ID + 0")
                                   .arg(quoteIdentifier(k.table))
                             : QStringLiteral("%1 t").arg(quoteIdentifier(k.table));
        QVariantList binds;
        const Field *subject = k.field(QStringLiteral("subject"));
        if (subject && subject->type != FieldType::String)
            subject = nullptr;
        columns << text(subject ? QStringLiteral("t.SUBJECT") : none, 1000);
        columns << text(joinName(k.field(QStringLiteral("counterparty")), QStringLiteral("cp"), &from, &binds), 1000);
        const Field *amount = amountField(k);
        columns << text(amount ? QStringLiteral("t.") + quoteIdentifier(amount->column()) : none, 40);
        const Field *currency = k.field(QStringLiteral("currency"));
        columns << text(joinName(currency, QStringLiteral("cu"), &from, &binds, QStringLiteral("CODE")), 100);
        const Field *manager = managerField(k);
        columns << QStringLiteral("CAST(%1 AS BIGINT)").arg(manager ? QStringLiteral("t.MANAGER") : none);
        columns << text(joinName(manager, QStringLiteral("mu"), &from, &binds), 1000);
        columns << QStringLiteral("CAST(%1 AS INTEGER)").arg(stream);

        QStringList where{QStringLiteral("t.%1 = ?").arg(quoteIdentifier(m_kind.column)), QStringLiteral("t.DELETED = FALSE")};
        binds.append(qlonglong(value));
        if (stage) {
            where << QStringLiteral("h.OBJECT_KIND = ?");
            binds.append(k.name);
            QStringList names;
            for (const QString &t : m_kind.stageTransitions) {
                names << QStringLiteral("?");
                binds.append(t);
            }
            where << QStringLiteral("h.TRANSITION IN (%1)").arg(names.join(u", "));
        }
        if (after) {
            const auto mine = std::tie(k.name, m_entry);
            const auto theirs = std::tie(after->kind, after->entry);
            if (mine < theirs) {
                where << QStringLiteral("%1 <= ?").arg(at);
                binds << stamp(after->at);
            } else if (mine == theirs) {
                // Written so that the index range on the date still applies.
                where << QStringLiteral("%1 <= ? AND (%1 < ? OR %2 < ?)").arg(at, id);
                binds << stamp(after->at) << stamp(after->at) << qlonglong(after->id);
            } else {
                where << QStringLiteral("%1 < ?").arg(at);
                binds << stamp(after->at);
            }
        }
        if (m_filters.from) {
            where << QStringLiteral("%1 >= ?").arg(at);
            binds << stamp(*m_filters.from);
        }
        if (m_filters.to) {
            where << QStringLiteral("%1 <= ?").arg(at);
            binds << stamp(*m_filters.to);
        }
        if (m_filters.manager) {
            where << QStringLiteral("t.MANAGER = ?");
            binds << qlonglong(*m_filters.manager);
        }
        const RowFilter visible = AccessPolicy::rowFilter(m_ctx.user, k, QStringLiteral("t"));
        if (!visible.isEmpty()) {
            where << QStringLiteral("(%1)").arg(visible.sql);
            binds += visible.binds;
        }
        // The order repeats the index's key ((reference, date, id) descending) so that Firebird
        // walks it and stops after `limit` rows.
        const QString order = stage ? QStringLiteral("h.MOVED_AT DESC, h.ID DESC")
                                    : QStringLiteral("t.%1 DESC, t.DOC_DATE DESC, t.ID DESC")
                                          .arg(quoteIdentifier(m_kind.column));
        // A derived table's columns need names.
        for (qsizetype i = 0; i < columns.size(); ++i)
            columns[i] += QStringLiteral(" AS C%1").arg(i);
        return {QStringLiteral("SELECT FIRST %1 %2 FROM %3 WHERE %4 ORDER BY %5")
                    .arg(limit)
                    .arg(columns.join(u", "), from, where.join(QStringLiteral(" AND ")), order),
                binds};
    }

    Entry decode(const erp::db::Query &q) const { return decode(q, m_entry == StageEntry); }

private:
    static const Field *amountField(const ObjectKind &k)
    {
        for (const char *name : {"total", "amount", "expected_amount"})
            if (const Field *f = k.field(QLatin1String(name)); f && f->type == FieldType::Money)
                return f;
        return nullptr;
    }

    static const Field *managerField(const ObjectKind &k)
    {
        const Field *f = k.field(QStringLiteral("manager"));
        return f && f->type == FieldType::Ref ? f : nullptr;
    }

    // The name (or `column`) of what a reference points at, empty when the user may not see it.
    QString joinName(const Field *field, const QString &alias, QString *from, QVariantList *binds,
                     const QString &column = QStringLiteral("NAME")) const
    {
        const ObjectKind *target = field && field->type == FieldType::Ref ? m_ctx.model.kind(field->target) : nullptr;
        if (!target || target->isDocument())
            return QStringLiteral("NULL");
        QString on = QStringLiteral("%1.ID = t.%2").arg(alias, quoteIdentifier(field->column()));
        if (!AccessPolicy::canRead(m_ctx.user, *target)) {
            on += QStringLiteral(" AND 1 = 0");
        } else if (const RowFilter f = AccessPolicy::rowFilter(m_ctx.user, *target, alias); !f.isEmpty()) {
            on += QStringLiteral(" AND (%1)").arg(f.sql);
            *binds += f.binds;
        }
        *from += QStringLiteral(" LEFT JOIN %1 %2 ON %3").arg(quoteIdentifier(target->table), alias, on);
        return QStringLiteral("%1.%2").arg(alias, column);
    }

    QString stateTitle(const QString &state) const
    {
        const erp::meta::Workflow *w = m_ctx.model.workflowOf(*m_kind.kind);
        const erp::meta::WorkflowState *s = w ? w->state(state) : nullptr;
        return s ? metaTitle(s->title) : state;
    }

    Entry decode(const erp::db::Query &q, bool stage) const
    {
        const ObjectKind &k = *m_kind.kind;
        Entry e;
        e.position = {fromStamp(q.value(1)), k.name, m_entry, q.value(0).toLongLong()};
        int c = 5;
        const QString fromState = q.value(c++).toString();
        const QString toState = q.value(c++).toString();
        const QString login = q.value(c++).toString();
        const QString subject = q.value(c++).toString();
        const QString counterparty = q.value(c++).toString();
        const QString amount = q.value(c++).toString();
        const QString currency = q.value(c++).toString();
        const QVariant manager = q.value(c++);
        const QString managerName = q.value(c++).toString();
        const QString number = q.value(3).toString();
        QCborMap row;
        row.insert(QStringLiteral("at"), erp::meta::formatDateTime(e.position.at));
        row.insert(QStringLiteral("kind"), k.name);
        row.insert(QStringLiteral("id"), q.value(2).toLongLong());
        row.insert(QStringLiteral("entry"), m_entry);
        row.insert(QStringLiteral("entryId"), e.position.id);
        row.insert(QStringLiteral("number"), number);
        row.insert(QStringLiteral("title"), metaTitle(k.title));
        const QString state = stage ? toState : q.value(4).toString();
        row.insert(QStringLiteral("state"), state);
        row.insert(QStringLiteral("stateTitle"), stateTitle(state));
        QString summary = subject.isEmpty() ? counterparty : subject;
        if (stage) {
            summary = Text::tr("%1: %2 → %3").arg(number, stateTitle(fromState), stateTitle(toState)) +
                      (subject.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(subject));
            row.insert(QStringLiteral("from"), fromState);
            row.insert(QStringLiteral("user"), login);
        }
        // The amount goes as a field of its own, for the client to show in the user's number
        // format; the summary does not repeat it.
        if (!amount.isEmpty())
            row.insert(QStringLiteral("amount"), amount);
        if (!currency.isEmpty())
            row.insert(QStringLiteral("currency"), currency);
        if (!manager.isNull()) {
            row.insert(QStringLiteral("manager"), manager.toLongLong());
            if (!managerName.isEmpty())
                row.insert(QStringLiteral("display"), QCborMap{{QStringLiteral("manager"), managerName}});
        }
        row.insert(QStringLiteral("summary"), summary);
        e.row = row;
        return e;
    }

    erp::rpc::CallContext &m_ctx;
    const HistoryKind &m_kind;
    QString m_entry;
    const Filters &m_filters;
};

} // namespace

QCborMap partnerHistory(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const ObjectKind *partners = ctx.model.kind(PartnerKind);
    const qint64 partner = params.value(QStringLiteral("partner")).toInteger();
    {
        // A partner the user may not see has no history for them.
        std::vector<erp::core::ChangeEvent> none;
        erp::core::CatalogStore store(ctx.db, ctx.model, ctx.user, &none);
        try {
            store.requireVisible(*partners, partner);
        } catch (const erp::rpc::RpcError &e) {
            fail(e.code, Text::tr("partner: there is no partner with id %1").arg(partner), QStringLiteral("partner"));
        }
    }
    const QList<HistoryKind> kinds = historyKinds(ctx.model);
    const Filters filters = readFilters(params, kinds, ctx.model);
    const std::optional<Position> after = readCursor(params);
    const int limit = params.contains(QStringLiteral("limit")) ? int(params.value(QStringLiteral("limit")).toInteger())
                                                               : DefaultLimit;

    // Every stream's first limit + 1 rows after the cursor, in one statement.
    std::vector<StreamQuery> streams;
    streams.reserve(size_t(kinds.size()) * 2);
    QStringList parts;
    QVariantList binds;
    for (const HistoryKind &k : kinds) {
        if (!AccessPolicy::canRead(ctx.user, *k.kind) || (!filters.kinds.isEmpty() && !filters.kinds.contains(k.kind->name)))
            continue;
        if (filters.manager && !k.kind->field(QStringLiteral("manager")))
            continue;
        // Directly the partner, or each of the partner's objects of the catalog in between.
        QList<qint64> values{partner};
        if (k.through)
            values = objectsOf(ctx.db, *k.through, k.throughColumn, partner);
        QStringList entryKinds{DocumentEntry};
        if (!k.stageTransitions.isEmpty())
            entryKinds << StageEntry;
        for (const QString &entry : std::as_const(entryKinds)) {
            streams.emplace_back(ctx, k, entry, filters);
            for (qint64 v : std::as_const(values)) {
                const StreamQuery::Part part = streams.back().build(v, after, limit + 1, int(streams.size() - 1));
                parts.append(QStringLiteral("SELECT * FROM (%1) s%2").arg(part.sql).arg(parts.size()));
                binds += part.binds;
            }
        }
    }
    QList<Entry> entries;
    if (!parts.isEmpty()) {
        erp::db::Query q(ctx.db);
        q.setForwardOnly(true);
        erp::db::execute(q, parts.join(QStringLiteral(" UNION ALL ")), binds);
        while (q.next())
            entries.append(streams.at(size_t(q.value(14).toInt())).decode(q));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.position.key() > b.position.key(); });
    QCborArray rows;
    for (qsizetype i = 0; i < entries.size() && i < limit; ++i)
        rows.append(entries.at(i).row);
    QCborMap answer;
    answer.insert(QStringLiteral("rows"), rows);
    if (entries.size() > limit) {
        const Position &last = entries.at(limit - 1).position;
        answer.insert(QStringLiteral("next"), QCborMap{{QStringLiteral("at"), erp::meta::formatDateTime(last.at)},
                                                       {QStringLiteral("kind"), last.kind},
                                                       {QStringLiteral("entry"), last.entry},
                                                       {QStringLiteral("id"), last.id}});
    } else {
        answer.insert(QStringLiteral("next"), QCborValue(QCborValue::Null));
    }
    return answer;
}

} // namespace erp::crm
