#include "duplicates.h"

#include "core/access.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include "db/query.h"

#include <algorithm>
#include <cmath>
#include <optional>

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
    Q_DECLARE_TR_FUNCTIONS(Duplicates)
};

// A name is similar from this index of trigrams on (see nameSimilarity).
constexpr double SimilarFrom = 0.6;
// Rows read per name prefix: the prefilter, an index range on NAME each.
constexpr int RowsPerPrefix = 200;
// The weight of each reason in the score (0 to 100); a name counts its similarity.
const QList<std::pair<QString, int>> ExactReasons{
    {QStringLiteral("ico"), 100}, {QStringLiteral("dic"), 100}, {QStringLiteral("email"), 90}, {QStringLiteral("phone"), 80}};

// Legal forms written at the end of a name, as words once punctuation is gone.
const QList<QStringList> LegalForms{
    {QStringLiteral("spol"), QStringLiteral("s"), QStringLiteral("r"), QStringLiteral("o")},
    {QStringLiteral("s"), QStringLiteral("r"), QStringLiteral("o")},
    {QStringLiteral("sro")},
    {QStringLiteral("a"), QStringLiteral("s")},
    {QStringLiteral("as")},
    {QStringLiteral("v"), QStringLiteral("o"), QStringLiteral("s")},
    {QStringLiteral("k"), QStringLiteral("s")},
    {QStringLiteral("z"), QStringLiteral("s")},
    {QStringLiteral("o"), QStringLiteral("p"), QStringLiteral("s")},
    {QStringLiteral("s"), QStringLiteral("p")},
    {QStringLiteral("se")},
    {QStringLiteral("gmbh")},
    {QStringLiteral("ltd")},
    {QStringLiteral("inc")},
    {QStringLiteral("spol")},
};

QStringList words(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString plain;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        plain.append(c.isLetterOrNumber() ? c : QChar(u' '));
    }
    QStringList w = plain.split(u' ', Qt::SkipEmptyParts);
    for (bool dropped = true; dropped && !w.isEmpty();) {
        dropped = false;
        for (const QStringList &form : LegalForms) {
            if (w.size() > form.size() && w.mid(w.size() - form.size()) == form) {
                w.resize(w.size() - form.size());
                dropped = true;
                break;
            }
        }
    }
    return w;
}

QSet<QString> trigrams(const QString &comparable)
{
    QStringList w = comparable.split(u' ', Qt::SkipEmptyParts);
    std::sort(w.begin(), w.end());
    const QString padded = QStringLiteral("  ") + w.join(u' ') + u' ';
    QSet<QString> out;
    for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
        out.insert(padded.mid(i, 3));
    return out;
}

struct Candidate
{
    qint64 id = 0;
    QString code, name;
    QStringList reasons;
    int score = 0;
};

class Finder
{
public:
    Finder(erp::rpc::CallContext &ctx, const ObjectKind &kind, qint64 self)
        : m_ctx(ctx)
        , m_kind(kind)
        , m_self(self)
        , m_visible(AccessPolicy::rowFilter(ctx.user, kind, QStringLiteral("t")))
    {
    }

    // Names of the owner's other objects are no duplicates (a partner's legal entities often
    // share most of a name); their IČO, DIČ... still are.
    void setOwner(const Field &field, qint64 owner)
    {
        m_ownerColumn = field.column();
        m_owner = owner;
    }

    // The objects whose `condition` (on alias t) holds, found for `reason`.
    void match(const QString &reason, const QString &condition, const QVariantList &binds, int weight,
               int rows = RowsPerPrefix)
    {
        erp::db::Query q(m_ctx.db);
        q.setForwardOnly(true);
        QVariantList all = binds;
        QString sql = QStringLiteral("SELECT FIRST %1 t.ID, t.CODE, t.NAME FROM %2 t WHERE %3 AND t.DELETED = FALSE")
                          .arg(rows)
                          .arg(quoteIdentifier(m_kind.table), condition);
        if (m_self > 0) {
            sql += QStringLiteral(" AND t.ID <> ?");
            all.append(qlonglong(m_self));
        }
        if (!m_visible.isEmpty()) {
            sql += QStringLiteral(" AND (%1)").arg(m_visible.sql);
            all += m_visible.binds;
        }
        erp::db::execute(q, sql, all);
        while (q.next())
            add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), reason, weight);
    }

    // Names starting with a word of the name (most of it, for a typo at its end), kept when
    // similar enough.
    void similarNames(const QString &name)
    {
        const QString wanted = comparableName(name);
        if (wanted.size() < 3)
            return;
        QStringList prefixes;
        for (const QString &w : wanted.split(u' ')) {
            if (w.size() < 3)
                continue;
            const QString p = w.size() >= 4 ? w.left(std::max<qsizetype>(4, w.size() - 2)) : w;
            if (!prefixes.contains(p))
                prefixes.append(p);
            if (prefixes.size() == 5)
                break;
        }
        for (const QString &p : std::as_const(prefixes)) {
            erp::db::Query q(m_ctx.db);
            q.setForwardOnly(true);
            QVariantList binds{p};
            QString sql = QStringLiteral("SELECT FIRST %1 t.ID, t.CODE, t.NAME FROM %2 t WHERE t.NAME STARTING WITH ? "
                                         "AND t.DELETED = FALSE")
                              .arg(RowsPerPrefix)
                              .arg(quoteIdentifier(m_kind.table));
            if (m_self > 0) {
                sql += QStringLiteral(" AND t.ID <> ?");
                binds.append(qlonglong(m_self));
            }
            if (m_owner > 0) {
                sql += QStringLiteral(" AND t.%1 IS DISTINCT FROM ?").arg(quoteIdentifier(m_ownerColumn));
                binds.append(qlonglong(m_owner));
            }
            if (!m_visible.isEmpty()) {
                sql += QStringLiteral(" AND (%1)").arg(m_visible.sql);
                binds += m_visible.binds;
            }
            erp::db::execute(q, sql, binds);
            while (q.next()) {
                const double s = nameSimilarity(wanted, comparableName(q.value(2).toString()));
                if (s >= SimilarFrom)
                    add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), QStringLiteral("name"),
                        int(std::lround(s * 100)));
            }
        }
    }

    QCborArray answer() const
    {
        QList<Candidate> list = m_found.values();
        std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
            return a.score != b.score ? a.score > b.score : a.id < b.id;
        });
        QCborArray out;
        for (const Candidate &c : std::as_const(list)) {
            QCborArray reasons;
            for (const QString &r : c.reasons)
                reasons.append(r);
            out.append(QCborMap{{QStringLiteral("id"), c.id},
                                {QStringLiteral("code"), c.code},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("reasons"), reasons},
                                {QStringLiteral("score"), c.score}});
        }
        return out;
    }

private:
    void add(qint64 id, const QString &code, const QString &name, const QString &reason, int weight)
    {
        Candidate &c = m_found[id];
        c.id = id;
        c.code = code;
        c.name = name;
        if (c.reasons.contains(reason))
            return;
        c.reasons.append(reason);
        // The strongest reason, and every further one adds a little.
        c.score = c.reasons.size() == 1 ? weight : std::min(100, std::max(c.score, weight) + 10);
    }

    erp::rpc::CallContext &m_ctx;
    const ObjectKind &m_kind;
    qint64 m_self;
    RowFilter m_visible;
    QString m_ownerColumn;
    qint64 m_owner = 0;
    QMap<qint64, Candidate> m_found;
};

const QString Owner = QStringLiteral("partner");

// The partner whose legal entity (an object of a `timeline` catalog belonging to a partner:
// a counterparty) is being entered: values.partner, else the stored object's. Nothing for
// other kinds, which may not name one.
std::optional<std::pair<const Field *, qint64>> ownerOf(erp::rpc::CallContext &ctx, const ObjectKind &kind,
                                                        const QCborMap &values, qint64 self)
{
    const QString path = QStringLiteral("values.") + Owner;
    const Field *field = kind.field(Owner);
    const bool owned = kind.timeline && field && field->type == FieldType::Ref && field->target == QLatin1String("partners");
    const QCborValue given = values.value(Owner);
    if (!given.isUndefined() && !owned)
        fail(ErrorCode::Validation,
             Text::tr("%1: only the legal entities of a partner (counterparties) are checked with their partner").arg(path),
             path);
    if (!owned)
        return std::nullopt;
    if (given.isInteger() && given.toInteger() > 0)
        return std::pair{field, given.toInteger()};
    if (!given.isUndefined() && !given.isNull())
        fail(ErrorCode::Validation, Text::tr("%1: the id of a partner (a positive integer) is required").arg(path), path);
    if (self <= 0)
        return std::nullopt;
    erp::db::Query q(ctx.db);
    erp::db::execute(q, QStringLiteral("SELECT %1 FROM %2 WHERE ID = ?")
                            .arg(quoteIdentifier(field->column()), quoteIdentifier(kind.table)),
                     {qlonglong(self)});
    if (q.next() && !q.value(0).isNull())
        return std::pair{field, q.value(0).toLongLong()};
    return std::nullopt;
}

} // namespace

QString comparableName(const QString &name)
{
    return words(name).join(u' ');
}

double nameSimilarity(const QString &a, const QString &b)
{
    const QSet<QString> x = trigrams(a), y = trigrams(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(x).intersect(y).size();
    return double(shared) / double(x.size() + y.size() - shared);
}

QCborMap findDuplicates(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const QString kindName = params.value(QStringLiteral("kind")).toString();
    const ObjectKind *kind = ctx.model.kind(kindName);
    if (!kind || !AccessPolicy::canRead(ctx.user, *kind))
        fail(ErrorCode::Validation, Text::tr("kind: unknown catalog \"%1\"").arg(kindName), QStringLiteral("kind"));
    QCborMap values = params.value(QStringLiteral("values")).toMap();
    const qint64 self = params.value(QStringLiteral("id")).toInteger();
    const std::optional<std::pair<const Field *, qint64>> owner = ownerOf(ctx, *kind, values, self);
    values.remove(Owner);
    QHash<QString, QString> given;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString key = it.key().toString();
        const QString path = QStringLiteral("values.") + key;
        if (key != QLatin1String("name") && std::none_of(ExactReasons.cbegin(), ExactReasons.cend(),
                                                         [&](const auto &r) { return r.first == key; }))
            fail(ErrorCode::Validation, Text::tr("%1: unknown value; the check reads name, ico, dic, email and phone").arg(path),
                 path);
        if (it.value().isNull())
            continue;
        if (!it.value().isString())
            fail(ErrorCode::Validation, Text::tr("%1: a string is required").arg(path), path);
        QString text = it.value().toString().trimmed();
        if (key == QLatin1String("ico") || key == QLatin1String("dic"))
            text.remove(u' ');
        const Field *field = kind->field(key);
        const qsizetype max = key == QLatin1String("name") ? kind->nameLength : field ? field->length : 100;
        if (text.toUcs4().size() > max)
            fail(ErrorCode::Validation,
                 Text::tr("%1: is %2 characters long; at most %3 are allowed").arg(path).arg(text.toUcs4().size()).arg(max),
                 path);
        if (!text.isEmpty())
            given.insert(key, text);
    }
    Finder finder(ctx, *kind, self);
    if (owner)
        finder.setOwner(*owner->first, owner->second);
    for (const auto &[reason, weight] : ExactReasons) {
        if (!given.contains(reason))
            continue;
        if (reason == QLatin1String("phone")) {
            // Every phone field of the kind, compared by its last digits over its index.
            for (const Field &f : kind->fields) {
                const QString digits = f.matchDigits > 0 ? erp::db::lastDigits(given.value(reason), f.matchDigits) : QString();
                if (!digits.isEmpty())
                    finder.match(reason,
                                 erp::db::digitsExpression(QStringLiteral("t.") + quoteIdentifier(f.column()), f.matchDigits) +
                                     QStringLiteral(" = ?"),
                                 {digits}, weight);
            }
            continue;
        }
        const Field *f = kind->field(reason);
        if (!f || f->type != FieldType::String)
            continue;
        const QString value = given.value(reason);
        // The column's collation ignores case (and accents): "Info@Firma.cz" is "info@firma.cz".
        finder.match(reason, QStringLiteral("t.%1 = ?").arg(quoteIdentifier(f->column())), {value}, weight);
    }
    if (given.contains(QStringLiteral("name")))
        finder.similarNames(given.value(QStringLiteral("name")));
    return QCborMap{{QStringLiteral("candidates"), finder.answer()}};
}

} // namespace erp::crm
