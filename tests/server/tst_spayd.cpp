// SPAYD (QR platba) strings built pure: the published example byte for byte, and each rule
// of the format with a case that breaks it, the failure naming the key.
#include "print/qrcode.h"
#include "print/spayd.h"

#include <QTest>

using erp::print::SpaydPayment;
using namespace Qt::StringLiterals;

class TestSpayd : public QObject
{
    Q_OBJECT

private:
    static SpaydPayment valid()
    {
        SpaydPayment p;
        p.iban = u"CZ78 0100 0000 0000 0000 0123"_s;
        p.amount = u"799.50"_s;
        p.currency = u"CZK"_s;
        p.due = QDate(2022, 10, 1);
        p.variableSymbol = u"9562231077"_s;
        return p;
    }

    static void refused(const SpaydPayment &p, const QString &key)
    {
        QString error;
        QCOMPARE(erp::print::spayd(p, &error), QString());
        QVERIFY2(error.startsWith(key + u':'), qPrintable(error));
    }

    // Each value put into one field of a valid payment is refused naming the key.
    static void refusedAll(const QString &key, QString SpaydPayment::*field, const QStringList &values)
    {
        for (const QString &value : values) {
            SpaydPayment p = valid();
            p.*field = value;
            refused(p, key);
        }
    }

private Q_SLOTS:
    void publishedExampleByteForByte()
    {
        QString error;
        QCOMPARE(erp::print::spayd(valid(), &error),
                 u"SPD*1.0*ACC:CZ7801000000000000000123*AM:799.50*CC:CZK*DT:20221001*X-VS:9562231077"_s);
        QVERIFY(error.isEmpty());
    }

    void bicFollowsTheIban()
    {
        SpaydPayment p = valid();
        p.iban = u"CZ6508000000192000145399"_s;
        p.bic = u"GIBACZPX"_s;
        QString error;
        QVERIFY(erp::print::spayd(p, &error).startsWith(u"SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:"_s));
    }

    void ibanCheckDigitsMustMatch()
    {
        SpaydPayment p = valid();
        p.iban = u"CZ7901000000000000000123"_s;
        refused(p, u"ACC"_s);
        QVERIFY(!erp::print::validIban(p.iban));
        QVERIFY(erp::print::validIban(u"CZ6508000000192000145399"_s));
    }

    void ibanMustHaveItsForm()
    {
        refusedAll(u"ACC"_s, &SpaydPayment::iban, {u""_s, u"123456789/0100"_s, u"CZ78"_s, u"CZ78-0100-0000"_s});
    }

    void bicMustHaveItsForm() { refusedAll(u"ACC"_s, &SpaydPayment::bic, {u"GIBA"_s, u"gibaczpx"_s}); }

    void amountHasAtMostTwoDecimals()
    {
        refusedAll(u"AM"_s, &SpaydPayment::amount, {u"799.505"_s, u"799,50"_s, u"-5"_s, u"1e3"_s});
    }

    void amountHasAtMostTenCharacters()
    {
        SpaydPayment p = valid();
        p.amount = u"1234567.50"_s; // ten: allowed
        QString error;
        QVERIFY(erp::print::spayd(p, &error).contains(u"*AM:1234567.50*"_s));
        p.amount = u"12345678.50"_s;
        refused(p, u"AM"_s);
    }

    void currencyIsThreeCapitals() { refusedAll(u"CC"_s, &SpaydPayment::currency, {u"czk"_s, u"CZ"_s, u"EURO"_s}); }

    void variableSymbolIsUpToTenDigits()
    {
        refusedAll(u"X-VS"_s, &SpaydPayment::variableSymbol, {u"12345678901"_s, u"12A"_s, u"-1"_s});
    }

    void messageFoldedAndStarEscaped()
    {
        SpaydPayment p = valid();
        p.message = u"Faktura č. 5*ž Příliš"_s;
        QString error;
        QVERIFY(erp::print::spayd(p, &error).endsWith(u"*MSG:FAKTURA C. 5%2AZ PRILIS"_s));
    }

    void messageHasAtMostSixtyCharacters()
    {
        SpaydPayment p = valid();
        p.message = QString(60, u'a');
        QString error;
        QVERIFY(erp::print::spayd(p, &error).endsWith(u"*MSG:"_s + QString(60, u'A')));
        p.message = QString(61, u'a');
        refused(p, u"MSG"_s);
    }

    void optionalKeysLeftOut()
    {
        SpaydPayment p;
        p.iban = u"CZ6508000000192000145399"_s;
        QString error;
        QCOMPARE(erp::print::spayd(p, &error), u"SPD*1.0*ACC:CZ6508000000192000145399"_s);
    }

    void qrCodeAtLevelMHasItsSize()
    {
        // 82 bytes in byte mode at level M need version 5 (37 x 37 modules).
        const QString text = u"SPD*1.0*ACC:CZ7801000000000000000123*AM:799.50*CC:CZK*DT:20221001*X-VS:9562231077"_s;
        const erp::print::QrMatrix qr = erp::print::qrEncode(text);
        QCOMPARE(qr.size, 37);
        const QImage image = erp::print::qrImage(qr, 2);
        QCOMPARE(image.width(), (37 + 8) * 2);
    }
};

QTEST_GUILESS_MAIN(TestSpayd)
#include "tst_spayd.moc"
