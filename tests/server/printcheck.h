#pragma once

// Reading printed PDFs back in tests the way an auditor would: with poppler's tools, figures
// written as the forms print them.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtDebug>

#include <cmath>

namespace erp::test {

// Cents written as a form prints them: "4 481,24" in Czech, "4,481.24" in English.
inline QString money(qint64 cents, bool czech)
{
    const QString digits = QString::number(std::abs(cents) / 100);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += czech ? QChar(u' ') : QChar(u',');
        grouped += digits.at(i);
    }
    return (cents < 0 ? QStringLiteral("-") : QString()) + grouped + (czech ? QChar(u',') : QChar(u'.'))
           + QStringLiteral("%1").arg(std::abs(cents) % 100, 2, 10, QChar(u'0'));
}

// A decimal string in units of 10^-scale ("1234.5" at scale 4: 12345000).
inline qint64 units(const QString &decimal, int scale)
{
    const qsizetype point = decimal.indexOf(u'.');
    QString fraction = point < 0 ? QString() : decimal.mid(point + 1);
    fraction = fraction.leftJustified(scale, u'0').left(scale);
    return (point < 0 ? decimal : decimal.left(point)).toLongLong() * qint64(std::pow(10, scale)) + fraction.toLongLong();
}

// Rounded half away from zero: `value` divided by `divisor`.
inline qint64 cents(qint64 value, qint64 divisor) { return (value + (value >= 0 ? divisor / 2 : -divisor / 2)) / divisor; }

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning().noquote() << program << arguments << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A PDF's text, whitespace collapsed; in `layout` order, what stands side by side on the page
// comes line by line ("label: value" in two columns of them stays together).
inline QString pdfText(const QString &pdf, bool layout = false)
{
    QStringList arguments{pdf, QStringLiteral("-")};
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    return run(QStringLiteral("pdftotext"), arguments).simplified();
}

} // namespace erp::test
