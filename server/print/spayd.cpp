#include "spayd.h"

#include <QRegularExpression>

namespace erp::print {

namespace {

QString fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

bool validIban(const QString &iban, QString *error)
{
    const QString compact = QString(iban).remove(u' ').toUpper();
    static const QRegularExpression form(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!form.match(compact).hasMatch()) {
        if (error)
            *error = QStringLiteral("ACC: %1 is not an IBAN (two letters, two check digits, 11 to 30 letters or digits)")
                         .arg(iban);
        return false;
    }
    // ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97 is 1.
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    if (remainder != 1) {
        if (error)
            *error = QStringLiteral("ACC: the check digits of IBAN %1 do not match (mod 97)").arg(iban);
        return false;
    }
    return true;
}

QString spaydText(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'*')
            folded += QStringLiteral("%2A");
        else if (c.unicode() < 0x80 && c.isPrint())
            folded += c.toUpper();
        else if (c.isSpace())
            folded += u' ';
    }
    return folded.simplified();
}

QString spayd(const SpaydPayment &p, QString *error)
{
    QString ibanError;
    if (!validIban(p.iban, &ibanError))
        return fail(error, ibanError);
    QString account = QString(p.iban).remove(u' ').toUpper();
    if (!p.bic.isEmpty()) {
        static const QRegularExpression bic(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
        if (!bic.match(p.bic).hasMatch())
            return fail(error, QStringLiteral("ACC: %1 is not a BIC (8 or 11 letters and digits)").arg(p.bic));
        account += u'+' + p.bic;
    }
    QString out = QStringLiteral("SPD*1.0*ACC:") + account;
    if (!p.amount.isEmpty()) {
        static const QRegularExpression amount(QStringLiteral("^[0-9]{1,10}(\\.[0-9]{1,2})?$"));
        if (!amount.match(p.amount).hasMatch())
            return fail(error, QStringLiteral("AM: %1 is not an amount with at most two decimals").arg(p.amount));
        if (p.amount.size() > 10)
            return fail(error, QStringLiteral("AM: %1 is longer than 10 characters").arg(p.amount));
        out += QStringLiteral("*AM:") + p.amount;
    }
    if (!p.currency.isEmpty()) {
        static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
        if (!currency.match(p.currency).hasMatch())
            return fail(error, QStringLiteral("CC: %1 is not an ISO 4217 code (three capitals)").arg(p.currency));
        out += QStringLiteral("*CC:") + p.currency;
    }
    if (p.due.isValid())
        out += QStringLiteral("*DT:") + p.due.toString(QStringLiteral("yyyyMMdd"));
    if (!p.variableSymbol.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
        if (!digits.match(p.variableSymbol).hasMatch())
            return fail(error, QStringLiteral("X-VS: %1 is not 1 to 10 digits").arg(p.variableSymbol));
        out += QStringLiteral("*X-VS:") + p.variableSymbol;
    }
    const QString message = spaydText(p.message);
    if (!message.isEmpty()) {
        if (message.size() > 60)
            return fail(error, QStringLiteral("MSG: %1 characters, at most 60").arg(message.size()));
        out += QStringLiteral("*MSG:") + message;
    }
    return out;
}

} // namespace erp::print
