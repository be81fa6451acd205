#include "basedon.h"

#include "datasource.h"
#include "postinghelpers.h"

#include <QCborArray>
#include <QHash>

namespace erp::core {

namespace {

QCborValue sourceValue(const QString &from, const QCborMap &source, const QCborMap &line, qint64 sourceId,
                       qsizetype lineIndex = -1)
{
    if (from == QLatin1String("$id"))
        return sourceId;
    if (from == QLatin1String("$line"))
        return lineIndex + 1;
    if (from == QLatin1String("$null"))
        return QCborValue(QCborValue::Null);
    if (from.startsWith(QLatin1String("line.")))
        return line.value(from.mid(5));
    return source.value(from);
}

QCborMap openDimensions(const BasedOnRule &rule, const QCborMap &source, const QCborMap &line, qint64 sourceId,
                        qsizetype lineIndex)
{
    QCborMap dims;
    for (auto it = rule.openDimensions.constBegin(); it != rule.openDimensions.constEnd(); ++it) {
        const QCborValue v = sourceValue(it.value(), source, line, sourceId, lineIndex);
        dims.insert(it.key(), v.isUndefined() ? QCborValue(QCborValue::Null) : v);
    }
    return dims;
}

QCborMap copiedLine(const BasedOnRule &rule, const QCborMap &source, qint64 sourceId, const QCborMap &line,
                    qsizetype lineIndex, const QStringList &targetLineFields, const erp::Decimal &quantity)
{
    QCborMap out;
    for (const QString &f : rule.lineFields)
        if (line.contains(f) && targetLineFields.contains(f))
            out.insert(f, line.value(f));
    for (auto it = rule.lineFrom.constBegin(); it != rule.lineFrom.constEnd(); ++it) {
        const QCborValue v = sourceValue(it.value(), source, line, sourceId, lineIndex);
        if (targetLineFields.contains(it.key()) && !v.isNull() && !v.isUndefined())
            out.insert(it.key(), v);
    }
    if (line.contains(QStringLiteral("display")))
        out.insert(QStringLiteral("display"), line.value(QStringLiteral("display")));
    out.insert(rule.quantity, quantity.toString());
    return out;
}

} // namespace

QCborMap proposeBasedOn(const BasedOnRule &rule, DataSource &data, const QCborMap &source, qint64 sourceId,
                        const QStringList &targetHeaderFields, const QStringList &targetLineFields)
{
    if (rule.guard)
        rule.guard(data, source);
    QCborMap values;
    for (const QString &f : rule.header)
        if (targetHeaderFields.contains(f) && source.contains(f) && !source.value(f).isNull())
            values.insert(f, source.value(f));
    for (auto it = rule.headerFrom.constBegin(); it != rule.headerFrom.constEnd(); ++it) {
        const QCborValue v = sourceValue(it.value(), source, {}, sourceId);
        if (targetHeaderFields.contains(it.key()) && !v.isNull() && !v.isUndefined())
            values.insert(it.key(), v);
    }
    QCborArray lines;
    const QString from = rule.sourceSection.isEmpty() ? rule.section : rule.sourceSection;
    const QCborArray sourceLines = posting::section(source, from);
    switch (rule.lines) {
    case BasedOnRule::Lines::Copy:
        for (qsizetype i = 0; i < sourceLines.size(); ++i) {
            const QCborMap line = sourceLines.at(i).toMap();
            const QString path = QStringLiteral("%1[%2].%3").arg(from).arg(i + 1).arg(rule.quantity);
            lines.append(copiedLine(rule, source, sourceId, line, i, targetLineFields,
                                    posting::decimal(line.value(rule.quantity), path)));
        }
        break;
    case BasedOnRule::Lines::OpenPerLine: {
        // What is open is shared by the lines of the same dimensions (two lines of one product):
        // each takes what the earlier ones left, so the proposal never exceeds what is open.
        QHash<QByteArray, erp::Decimal> left;
        for (qsizetype i = 0; i < sourceLines.size(); ++i) {
            const QCborMap line = sourceLines.at(i).toMap();
            const erp::Decimal wanted = posting::decimal(
                line.value(rule.quantity), QStringLiteral("%1[%2].%3").arg(rule.section).arg(i + 1).arg(rule.quantity));
            if (wanted.isZero() || (wanted.isNegative() && !rule.keepNegativeLines))
                continue;
            const erp::Decimal size = wanted.isNegative() ? wanted.negated() : wanted;
            const QCborMap dims = openDimensions(rule, source, line, sourceId, i);
            const QByteArray key = QCborValue(dims).toCbor();
            if (!left.contains(key))
                left.insert(key, data.balance(rule.openRegister, dims).value(rule.openResource));
            const erp::Decimal open = left.value(key);
            const erp::Decimal quantity = size < open ? size : open;
            if (quantity.isZero() || quantity.isNegative())
                continue;
            left.insert(key, posting::minus(open, quantity, rule.quantity));
            lines.append(copiedLine(rule, source, sourceId, line, i, targetLineFields,
                                    wanted.isNegative() ? quantity.negated() : quantity));
        }
        break;
    }
    case BasedOnRule::Lines::OpenDocument: {
        const QCborMap dims = openDimensions(rule, source, {}, sourceId, -1);
        erp::Decimal open = data.balance(rule.openRegister, dims).value(rule.openResource);
        if (rule.openSign < 0)
            open = open.negated();
        const QCborValue ref = dims.contains(rule.lineRef) ? dims.value(rule.lineRef) : QCborValue(sourceId);
        if (!open.isZero() && !open.isNegative() && ref.isInteger())
            lines.append(posting::map(
                {{rule.lineRef, ref}, {rule.lineAmount, posting::rescaled(open, 2, rule.lineAmount).toString()}}));
        break;
    }
    }
    QCborMap out;
    out.insert(QStringLiteral("values"), values);
    out.insert(QStringLiteral("sections"), posting::map({{rule.section, lines}}));
    return out;
}

} // namespace erp::core
