#include "numberformat.h"

#include "language.h"

#include <QLocale>

namespace erp::i18n {

QString formatNumber(const erp::Decimal &value, bool trim)
{
    QString text = value.toString();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    QString whole = text.section(u'.', 0, 0);
    QString fraction = text.section(u'.', 1);
    if (trim)
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
    const QLocale locale(currentLanguage());
    const QString group = locale.groupSeparator();
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, group);
    QString out = negative ? locale.negativeSign() + whole : whole;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return out;
}

} // namespace erp::i18n
