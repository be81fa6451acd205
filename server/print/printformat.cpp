#include "printformat.h"

#include <QDate>
#include <QLocale>

namespace erp::print {

QString formatNumber(const QString &decimal, const QString &language, int minDecimals)
{
    if (decimal.isEmpty())
        return {};
    const bool czech = language == QLatin1String("cs");
    const bool negative = decimal.startsWith(u'-');
    const QString unsignedText = negative ? decimal.mid(1) : decimal;
    const qsizetype point = unsignedText.indexOf(u'.');
    const QString integer = point < 0 ? unsignedText : unsignedText.left(point);
    QString fraction = point < 0 ? QString() : unsignedText.mid(point + 1);
    while (fraction.size() > minDecimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    while (fraction.size() < minDecimals)
        fraction += u'0';
    QString grouped;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            grouped += czech ? u' ' : u',';
        grouped += integer.at(i);
    }
    QString out = (negative ? QStringLiteral("-") : QString()) + grouped;
    if (!fraction.isEmpty())
        out += (czech ? u',' : u'.') + fraction;
    return out;
}

QString formatDate(const QString &isoDate, const QString &language)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!date.isValid())
        return {};
    if (language == QLatin1String("cs"))
        return QStringLiteral("%1. %2. %3").arg(date.day()).arg(date.month()).arg(date.year());
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace erp::print
