#include "decimalformat.h"

#include "decimal.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace erp::app {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DecimalFormat)
};

constexpr int DefaultPrecision = 18;

// The locale's own digits when it does not use 0-9 (a single-character zero digit only).
QChar localeZero(const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    return zero.size() == 1 ? zero.front() : QChar(u'0');
}

QString toLocaleDigits(QString digits, QChar zero)
{
    if (zero == u'0')
        return digits;
    for (QChar &c : digits)
        if (c >= u'0' && c <= u'9')
            c = QChar(zero.unicode() + (c.unicode() - u'0'));
    return digits;
}

int digitValue(QChar c, QChar zero)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (zero != u'0' && c.unicode() >= zero.unicode() && c.unicode() <= zero.unicode() + 9)
        return c.unicode() - zero.unicode();
    return -1;
}

bool isGroupSpace(QChar c, const QString &groupSeparator)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)
        || (groupSeparator.size() == 1 && c == groupSeparator.front() && c != u'.' && c != u',');
}

// Group sizes as written: the first group 1-3 digits without a leading zero, then groups of
// 2 or 3 (Indian lakh grouping) with exactly 3 last. Anything else is not grouping.
bool isValidGrouping(const QString &integerDigits, const QList<qsizetype> &marks)
{
    if (marks.isEmpty())
        return true;
    qsizetype previous = 0;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const qsizetype size = marks[i] - previous;
        if (i == 0) {
            if (size < 1 || size > 3 || integerDigits[0] == u'0')
                return false;
        } else if (size < 2 || size > 3) {
            return false;
        }
        previous = marks[i];
    }
    return integerDigits.size() - previous == 3;
}

QString maximumOf(int precision, int scale)
{
    QString max(precision - scale, u'9');
    if (max.isEmpty())
        max = QStringLiteral("0");
    if (scale > 0)
        max += u'.' + QString(scale, u'9');
    return max;
}

} // namespace

QString formatDecimal(const QString &canonical, int scale, const QLocale &locale)
{
    const auto value = Decimal::parse(QStringView(canonical).trimmed());
    if (!value)
        return canonical;
    const auto shown = value->rescaled(qBound(0, scale, int(Decimal::MaxScale)));
    if (!shown)
        return canonical;
    QString text = shown->toString();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    const QString integerPart = point < 0 ? text : text.left(point);
    // Integer formatting by the locale itself gives its grouping rules (Czech groups 1 234,
    // India 1,23,456); the integer part always fits in 64 bits here.
    QString out = locale.toString(integerPart.toLongLong());
    if (point >= 0)
        out += locale.decimalPoint() + toLocaleDigits(text.mid(point + 1), localeZero(locale));
    if (negative)
        out.prepend(locale.negativeSign());
    return out;
}

std::optional<QString> parseDecimal(const QString &input, int precision, int scale, const QLocale &locale,
                                    QString *error)
{
    if (precision <= 0)
        precision = DefaultPrecision;
    scale = qBound(0, scale, precision);
    const auto fail = [&](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString notANumber = Text::tr("\"%1\" is not a number").arg(input.trimmed());
    const auto outOfRange = [&] {
        const QString max = maximumOf(precision, scale);
        return Text::tr("out of range: the number must be between %1 and %2")
            .arg(formatDecimal(u'-' + max, scale, locale), formatDecimal(max, scale, locale));
    };

    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Text::tr("enter a number"));

    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    const QString negativeSign = locale.negativeSign();
    const QChar zero = localeZero(locale);

    qsizetype i = 0;
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = true;
        i = 1;
    } else if (!negativeSign.isEmpty() && text.startsWith(negativeSign)) {
        negative = true;
        i = negativeSign.size();
    } else if (text.startsWith(u'+')) {
        i = 1;
    }

    // Digits with the positions (in the digit string) of every '.' and ',' seen. A decimal point
    // that is neither (some locales have their own) is unambiguous by itself.
    QString digits;
    QList<std::pair<QChar, qsizetype>> marks;
    QList<qsizetype> spaces;
    qsizetype ownPoint = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        const int d = digitValue(c, zero);
        if (d >= 0) {
            digits += QChar(u'0' + d);
        } else if (c == u'.' || c == u',') {
            marks.append({c, digits.size()});
        } else if (decimalPoint.size() == 1 && c == decimalPoint.front()) {
            if (ownPoint >= 0)
                return fail(notANumber);
            ownPoint = digits.size();
        } else if (isGroupSpace(c, groupSeparator)) {
            // Only between two digits: "1 234" but not "1, 5" or "- 5".
            if (i == 0 || digitValue(text[i - 1], zero) < 0 || i + 1 >= text.size() || digitValue(text[i + 1], zero) < 0)
                return fail(notANumber);
            spaces.append(digits.size());
        } else {
            return fail(notANumber);
        }
    }
    if (digits.isEmpty())
        return fail(notANumber);

    // Which mark, if any, is the decimal separator: the last one when it is unique and the
    // others are a consistent grouping; a single mark that could be grouping ("1,234" in
    // English) is grouping only when it is the locale's group separator.
    qsizetype point = ownPoint;
    QList<qsizetype> groups;
    if (!marks.isEmpty()) {
        const QChar last = marks.last().first;
        const auto count = std::count_if(marks.cbegin(), marks.cend(), [&](const auto &m) { return m.first == last; });
        const bool mixed = count != marks.size();
        if (ownPoint >= 0) {
            for (const auto &m : std::as_const(marks)) {
                if (m.first != marks.first().first || m.second > ownPoint)
                    return fail(notANumber);
                groups.append(m.second);
            }
        } else if (mixed) {
            if (count != 1)
                return fail(notANumber);
            point = marks.last().second;
            for (qsizetype m = 0; m + 1 < marks.size(); ++m)
                groups.append(marks[m].second);
        } else if (count > 1) {
            for (const auto &m : std::as_const(marks))
                groups.append(m.second);
        } else {
            const bool isLocaleGroup = groupSeparator == QString(last) && decimalPoint != QString(last);
            if (isLocaleGroup && isValidGrouping(digits, {marks.last().second}))
                groups.append(marks.last().second);
            else
                point = marks.last().second;
        }
    }
    QString integerDigits = point < 0 ? digits : digits.left(point);
    QString fraction = point < 0 ? QString() : digits.mid(point);
    for (const qsizetype s : std::as_const(spaces)) {
        if (s > integerDigits.size())
            return fail(notANumber);
        groups.append(s);
    }
    std::sort(groups.begin(), groups.end());
    if (!isValidGrouping(integerDigits, groups))
        return fail(notANumber);

    while (integerDigits.size() > 1 && integerDigits.startsWith(u'0'))
        integerDigits.remove(0, 1);
    // Zeros beyond the scale change nothing, so "1,50000" is fine for four decimals.
    while (fraction.size() > scale && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > scale) {
        if (scale == 0)
            return fail(Text::tr("must be a whole number"));
        return fail(Text::tr("at most %n decimal place(s) allowed", nullptr, scale));
    }
    const qsizetype significant = integerDigits == QLatin1String("0") ? 0 : integerDigits.size();
    if (significant > precision - scale)
        return fail(outOfRange());
    fraction = fraction.leftJustified(scale, u'0');
    QString canonical = (negative ? QStringLiteral("-") : QString()) + (integerDigits.isEmpty() ? QStringLiteral("0") : integerDigits);
    if (scale > 0)
        canonical += u'.' + fraction;
    const auto value = Decimal::parse(canonical, scale);
    if (!value)
        return fail(notANumber);
    // The server's own check (erp::Decimal::fits) has the last word.
    if (!value->fits(precision, scale))
        return fail(outOfRange());
    return value->toString();
}

} // namespace erp::app
