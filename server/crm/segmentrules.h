#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace erp::meta {
class Model;
}

namespace erp::crm {

// The SQL of a segment's rules, combined with AND, over the partners table aliased "p".
struct SegmentSql
{
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    // Run first: figures per partner (revenue, orders) into CRM_SEGMENT_FIGURES, keyed by the
    // rule's line number.
    QList<Statement> figures;
    QStringList joins; // joined after "p" (no placeholders)
    QStringList conditions;
    QVariantList binds; // of the conditions, in order
};

// What a criterion sees of one rule (a line of the segment's section "rules").
struct CriterionContext
{
    const erp::meta::Model &model;
    const QCborMap &rule; // canonical values of the line's fields
    int line = 0;         // 1-based
    QDateTime now;        // UTC: periods end here
    SegmentSql &sql;

    QString path(const QString &field) const { return QStringLiteral("rules[%1].%2").arg(line).arg(field); }
    // A Validation error naming the rule's field.
    [[noreturn]] void refuse(const QString &field, const QString &message) const;
    // An aggregate criterion: `groupedSelect` ("SELECT <line>, partner, <aggregate> FROM ...
    // GROUP BY partner") writes the figure per partner; the partner matches when `aggregate op
    // bound` (boundSql: the placeholder, cast as needed), a partner without rows counting 0.
    // When 0 does not match, only the matching figures are kept (HAVING) and joined inner: the
    // rebuild then reads the figures, not every partner.
    void compareFigure(const QString &groupedSelect, const QString &aggregate, const QVariantList &binds,
                       const QString &op, const QString &boundSql, const QVariant &bound, bool zeroMatches) const;
};

using SegmentCriterion = void (*)(CriterionContext &);

// The extension point for criteria other parts bring (an additional attribute): a value of
// the enumeration segment_criteria and the function that turns its rule into SQL. Registered
// at start-up, before any rebuild; a built-in of the same name is replaced.
void addSegmentCriterion(const QString &name, SegmentCriterion criterion);

// The SQL of every rule, or a Validation error naming the first bad one (rules[2].value).
// A segment by rules without rules is refused (it would hold every partner).
SegmentSql segmentSql(const erp::meta::Model &model, const QList<QCborMap> &rules, const QDateTime &now);

} // namespace erp::crm
