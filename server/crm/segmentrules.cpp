#include "segmentrules.h"

#include "db/sqltypes.h"
#include "decimal.h"
#include "metadata/model.h"
#include "core/attributes.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QHash>

namespace erp::crm {

using erp::db::quoteIdentifier;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Segments)
};

QVariant wall(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    return QDateTime(u.date(), u.time());
}

QString text(const CriterionContext &c, const QString &what)
{
    const QString v = c.rule.value(QStringLiteral("value")).toString().trimmed();
    if (v.isEmpty())
        c.refuse(QStringLiteral("value"), Text::tr("the criterion needs %1").arg(what));
    return v;
}

qint64 reference(const CriterionContext &c, const QString &field)
{
    const QCborValue v = c.rule.value(field);
    if (!v.isInteger())
        c.refuse(field, Text::tr("the criterion needs a value here"));
    return v.toInteger();
}

int periodDays(const CriterionContext &c)
{
    const QCborValue v = c.rule.value(QStringLiteral("period_days"));
    if (!v.isInteger())
        c.refuse(QStringLiteral("period_days"), Text::tr("the criterion needs the number of days it looks back"));
    return int(v.toInteger());
}

QString comparison(const CriterionContext &c)
{
    return c.rule.value(QStringLiteral("comparison")).toString() == QLatin1String("at_most") ? QStringLiteral("<=")
                                                                                            : QStringLiteral(">=");
}

void partnerEquals(CriterionContext &c, const QString &column, const QVariant &value)
{
    c.sql.conditions.append(QStringLiteral("p.%1 = ?").arg(quoteIdentifier(column)));
    c.sql.binds.append(value);
}

void city(CriterionContext &c)
{
    partnerEquals(c, QStringLiteral("CITY"), text(c, Text::tr("a city")));
}

void country(CriterionContext &c)
{
    const QString v = text(c, Text::tr("a country code")).toUpper();
    if (v.size() != 2)
        c.refuse(QStringLiteral("value"), Text::tr("a country is its two-letter code (CZ)"));
    partnerEquals(c, QStringLiteral("COUNTRY"), v);
}

void postalCodePrefix(CriterionContext &c)
{
    // Czech codes are written "110 00" and "11000": spaces never count.
    QString v = text(c, Text::tr("the start of a postal code"));
    v.remove(u' ');
    c.sql.conditions.append(QStringLiteral("REPLACE(p.\"POSTAL_CODE\", ' ', '') STARTING WITH ?"));
    c.sql.binds.append(v);
}

void manager(CriterionContext &c)
{
    partnerEquals(c, QStringLiteral("MANAGER"), qlonglong(reference(c, QStringLiteral("manager"))));
}

void informationSource(CriterionContext &c)
{
    partnerEquals(c, QStringLiteral("SOURCE"), qlonglong(reference(c, QStringLiteral("information_source"))));
}

// Revenue in the sales register over the last N days (credit notes and returns lower it).
void salesVolume(CriterionContext &c)
{
    const QCborValue amount = c.rule.value(QStringLiteral("amount"));
    if (!amount.isString())
        c.refuse(QStringLiteral("amount"), Text::tr("the criterion needs the revenue it compares with"));
    const int days = periodDays(c);
    const erp::meta::Register &sales = *c.model.findRegister(QStringLiteral("sales"));
    const std::optional<erp::Decimal> bound = erp::Decimal::parse(amount.toString());
    const bool atLeast = comparison(c) == QLatin1String(">=");
    const bool zeroMatches = bound && (atLeast ? !(erp::Decimal() < *bound) : !(*bound < erp::Decimal()));
    c.compareFigure(QStringLiteral("SELECT %1, s.\"PARTNER\", SUM(s.\"REVENUE\") FROM %2 s WHERE s.\"PERIOD\" > ? AND "
                                   "s.\"PERIOD\" <= ? AND s.\"PARTNER\" IS NOT NULL GROUP BY s.\"PARTNER\"")
                        .arg(c.line)
                        .arg(quoteIdentifier(sales.table)),
                    QStringLiteral("SUM(s.\"REVENUE\")"), {wall(c.now.addDays(-days)), wall(c.now)}, comparison(c),
                    QStringLiteral("CAST(CAST(? AS VARCHAR(40)) AS NUMERIC(18, 4))"), amount.toString(), zeroMatches);
}

// Posted sales orders dated in the last N days.
void orderCount(CriterionContext &c)
{
    const QCborValue count = c.rule.value(QStringLiteral("count"));
    if (!count.isInteger())
        c.refuse(QStringLiteral("count"), Text::tr("the criterion needs the number of orders it compares with"));
    const int days = periodDays(c);
    const erp::meta::ObjectKind &orders = *c.model.kind(QStringLiteral("sales_orders"));
    QStringList posted;
    for (const erp::meta::WorkflowState &s : c.model.workflowOf(orders)->states)
        if (s.posted)
            posted.append(u'\'' + s.name + u'\''); // state names are identifiers (the loader checks them)
    const bool zeroMatches = comparison(c) == QLatin1String("<=") || count.toInteger() <= 0;
    c.compareFigure(QStringLiteral("SELECT %1, o.\"PARTNER\", COUNT(*) FROM %2 o WHERE o.\"STATUS\" IN (%3) AND "
                                   "o.\"DELETED\" = FALSE AND o.\"DOC_DATE\" > ? AND o.\"DOC_DATE\" <= ? GROUP BY "
                                   "o.\"PARTNER\"")
                        .arg(c.line)
                        .arg(quoteIdentifier(orders.table), posted.join(u", ")),
                    QStringLiteral("COUNT(*)"), {wall(c.now.addDays(-days)), wall(c.now)}, comparison(c),
                    QStringLiteral("?"), qlonglong(count.toInteger()), zeroMatches);
}

// An additional attribute of partners: equal to the value (string, enumeration, boolean,
// reference by id), or at least / at most it (number, date). A partner without the attribute
// set matches only "false" of a boolean.
void attribute(CriterionContext &c)
{
    using erp::meta::FieldType;
    const QString name = c.rule.value(QStringLiteral("attribute")).toString().trimmed();
    if (name.isEmpty())
        c.refuse(QStringLiteral("attribute"), Text::tr("the criterion needs the name of an additional attribute of partners"));
    const QString column = erp::core::attributes::expression(c.model, QStringLiteral("partners"), name, QStringLiteral("p"));
    if (column.isEmpty())
        c.refuse(QStringLiteral("attribute"), Text::tr("partners have no additional attribute \"%1\"").arg(name));
    const erp::meta::Field &field = *c.model.kind(QStringLiteral("partners"))->field(name);
    const QString v = text(c, Text::tr("the value the attribute is compared with"));
    switch (field.type) {
    case FieldType::String:
    case FieldType::Text:
        c.sql.conditions.append(column + QStringLiteral(" = ?"));
        c.sql.binds.append(v);
        return;
    case FieldType::Enum: {
        const erp::meta::Enumeration *e = c.model.enumeration(field.target);
        if (!e || !e->contains(v))
            c.refuse(QStringLiteral("value"), Text::tr("\"%1\" is none of the attribute's values").arg(v));
        c.sql.conditions.append(column + QStringLiteral(" = ?"));
        c.sql.binds.append(v);
        return;
    }
    case FieldType::Boolean: {
        const QString b = v.toLower();
        if (b == QLatin1String("true") || b == QLatin1String("yes"))
            c.sql.conditions.append(column + QStringLiteral(" = TRUE"));
        else if (b == QLatin1String("false") || b == QLatin1String("no"))
            c.sql.conditions.append(column + QStringLiteral(" IS DISTINCT FROM TRUE"));
        else
            c.refuse(QStringLiteral("value"), Text::tr("a yes-or-no attribute is compared with true or false"));
        return;
    }
    case FieldType::Ref: {
        bool ok = false;
        const qlonglong id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            c.refuse(QStringLiteral("value"), Text::tr("a reference attribute is compared with the id of the object it refers to"));
        c.sql.conditions.append(column + QStringLiteral(" = ?"));
        c.sql.binds.append(id);
        return;
    }
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money: {
        if (!erp::Decimal::parse(v))
            c.refuse(QStringLiteral("value"), Text::tr("\"%1\" is not a number").arg(v));
        c.sql.conditions.append(QStringLiteral("%1 %2 CAST(CAST(? AS VARCHAR(40)) AS NUMERIC(18, 4))").arg(column, comparison(c)));
        c.sql.binds.append(v);
        return;
    }
    case FieldType::Date:
    case FieldType::DateTime: {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid())
            c.refuse(QStringLiteral("value"), Text::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(v));
        c.sql.conditions.append(QStringLiteral("%1 %2 ?").arg(column, comparison(c)));
        c.sql.binds.append(field.type == FieldType::Date ? QVariant(d) : QVariant(QDateTime(d, QTime(0, 0))));
        return;
    }
    }
}

QHash<QString, SegmentCriterion> &criteria()
{
    static QHash<QString, SegmentCriterion> all{
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country},
        {QStringLiteral("postal_code_prefix"), postalCodePrefix},
        {QStringLiteral("manager"), manager},
        {QStringLiteral("information_source"), informationSource},
        {QStringLiteral("sales_volume"), salesVolume},
        {QStringLiteral("order_count"), orderCount},
        {QStringLiteral("attribute"), attribute},
    };
    return all;
}

} // namespace

void CriterionContext::refuse(const QString &field, const QString &message) const
{
    const QString at = path(field);
    erp::rpc::fail(erp::protocol::ErrorCode::Validation, QStringLiteral("%1: %2").arg(at, message), at);
}

void CriterionContext::compareFigure(const QString &groupedSelect, const QString &aggregate, const QVariantList &binds,
                                     const QString &op, const QString &boundSql, const QVariant &bound,
                                     bool zeroMatches) const
{
    const QString alias = QStringLiteral("f%1").arg(line);
    const QString insert = QStringLiteral("INSERT INTO CRM_SEGMENT_FIGURES (RULE_NO, PARTNER_ID, FIGURE) ") + groupedSelect;
    if (zeroMatches) {
        sql.figures.append({insert, binds});
        sql.joins.append(QStringLiteral("LEFT JOIN CRM_SEGMENT_FIGURES %1 ON %1.RULE_NO = %2 AND %1.PARTNER_ID = p.ID")
                             .arg(alias)
                             .arg(line));
        sql.conditions.append(QStringLiteral("COALESCE(%1.FIGURE, 0) %2 %3").arg(alias, op, boundSql));
        sql.binds.append(bound);
        return;
    }
    sql.figures.append({insert + QStringLiteral(" HAVING %1 %2 %3").arg(aggregate, op, boundSql), binds + QVariantList{bound}});
    sql.joins.append(QStringLiteral("JOIN CRM_SEGMENT_FIGURES %1 ON %1.RULE_NO = %2 AND %1.PARTNER_ID = p.ID")
                         .arg(alias)
                         .arg(line));
}

void addSegmentCriterion(const QString &name, SegmentCriterion criterion)
{
    criteria().insert(name, criterion);
}

SegmentSql segmentSql(const erp::meta::Model &model, const QList<QCborMap> &rules, const QDateTime &now)
{
    if (rules.isEmpty())
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("rules: a segment by rules needs at least one rule (none would take every partner)"),
                       QStringLiteral("rules"));
    SegmentSql sql;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        CriterionContext c{model, rules.at(i), int(i + 1), now, sql};
        const QString name = rules.at(i).value(QStringLiteral("criterion")).toString();
        const SegmentCriterion criterion = criteria().value(name, nullptr);
        if (!criterion)
            c.refuse(QStringLiteral("criterion"), Text::tr("\"%1\" is no criterion this server knows").arg(name));
        criterion(c);
    }
    return sql;
}

} // namespace erp::crm
