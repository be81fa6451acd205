#pragma once

#include <QDate>
#include <QString>

// SPAYD ("QR platba", the Czech Banking Association's Short Payment Descriptor 1.0): the text a
// payment QR code carries, SPD*1.0*ACC:CZ...*AM:480.50*CC:CZK*DT:20261231*X-VS:2026000042*MSG:...
namespace erp::print {

struct SpaydPayment
{
    QString iban;          // ACC; spaces allowed here, written without them
    QString bic = {};      // appended to ACC as IBAN+BIC when given
    QString amount = {};   // AM: "480.50"; empty or longer than 10 characters: left out
    QString currency = {}; // CC: ISO 4217, three capitals
    QDate due = {};        // DT
    QString variableSymbol = {}; // X-VS: digits, at most 10
    QString message = {};  // MSG: folded to ASCII capitals, at most 60 characters
};

// The SPAYD string, or an empty string and *error naming the rule broken ("ACC: IBAN check
// digits do not match"). Never a string a bank would read differently from what was asked.
QString spayd(const SpaydPayment &payment, QString *error);

// True when an IBAN (spaces allowed) has the form and the mod-97 check digits of ISO 13616.
bool validIban(const QString &iban, QString *error = nullptr);

// Text folded for SPAYD's MSG/RN: diacritics dropped, capitals, `*` escaped as %2A.
QString spaydText(const QString &text);

} // namespace erp::print
