#include "decimal.h"

#include <QTest>

#include <limits>

using erp::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndFormatsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("integer") << "42" << "42";
        QTest::newRow("negative") << "-0.05" << "-0.05";
        QTest::newRow("plus sign") << "+7.10" << "7.10";
        QTest::newRow("leading point") << ".5" << "0.5";
        QTest::newRow("money extreme") << "99999999999999.9999" << "99999999999999.9999";
        QTest::newRow("qt double trap") << "9876543210987.6543" << "9876543210987.6543";
        QTest::newRow("int64 max") << "9223372036854775807" << "9223372036854775807";
        QTest::newRow("int64 min + 1") << "-9223372036854775807" << "-9223372036854775807";
    }
    void parsesAndFormatsExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        const auto d = Decimal::parse(text);
        QVERIFY(d);
        QCOMPARE(d->toString(), formatted);
    }

    void rejectsMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "-", ".", "1.2.3", "1e5", " 1", "1,5", "12a", "9223372036854775808", "0x10"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
        QTest::newRow("too many decimals") << "0.1234567890123456789";
    }
    void rejectsMalformedText()
    {
        QFETCH(QString, text);
        QVERIFY(!Decimal::parse(text));
    }

    void limitsFractionDigits()
    {
        QVERIFY(Decimal::parse(u"1.2345", 4));
        QVERIFY(!Decimal::parse(u"1.23456", 4));
    }

    void checksNumericPrecisionAndScale()
    {
        QVERIFY(Decimal::parse(u"99999999999999.9999")->fits(18, 4));
        QVERIFY(!Decimal::parse(u"100000000000000.0000")->fits(18, 4));
        QVERIFY(!Decimal::parse(u"999999999999999.9999")); // beyond int64 units
        QVERIFY(!Decimal::parse(u"1.23456")->fits(18, 4));
        QVERIFY(Decimal::parse(u"1.23450")->fits(18, 4)); // trailing zero is not a lost digit
        QVERIFY(Decimal::parse(u"-0.05")->fits(3, 2));
        QVERIFY(Decimal::parse(u"0.25")->fits(2, 2));
        QVERIFY(!Decimal::parse(u"1.25")->fits(2, 2));
        QVERIFY(Decimal::parse(u"0")->fits(1, 0));
        QVERIFY(!Decimal::parse(u"100")->fits(4, 2));
    }

    void roundsHalfAwayFromZero()
    {
        QCOMPARE(Decimal::parse(u"2.345")->rescaled(2)->toString(), QStringLiteral("2.35"));
        QCOMPARE(Decimal::parse(u"-2.345")->rescaled(2)->toString(), QStringLiteral("-2.35"));
        QCOMPARE(Decimal::parse(u"2.344")->rescaled(2)->toString(), QStringLiteral("2.34"));
        QCOMPARE(Decimal::parse(u"7")->rescaled(3)->toString(), QStringLiteral("7.000"));
    }

    void reportsOverflowInsteadOfWrapping()
    {
        const Decimal max = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max(), 0);
        QVERIFY(!max.plus(Decimal::fromUnits(1, 0)));
        QVERIFY(!max.rescaled(1));
        QVERIFY(!max.times(Decimal::fromUnits(2, 0), 0));
        QVERIFY(!Decimal::fromUnits(std::numeric_limits<std::int64_t>::min(), 0).minus(Decimal::fromUnits(1, 0)));
    }

    void multipliesWithRounding()
    {
        // 3 × 33.3333 = 99.9999 ; price × quantity rounded to cents
        QCOMPARE(Decimal::parse(u"33.3333")->times(*Decimal::parse(u"3"), 2)->toString(), QStringLiteral("100.00"));
        QCOMPARE(Decimal::parse(u"1238.35")->times(*Decimal::parse(u"1.35"), 2)->toString(), QStringLiteral("1671.77"));
        QCOMPARE(Decimal::parse(u"-0.5")->times(*Decimal::parse(u"0.5"), 1)->toString(), QStringLiteral("-0.3"));
    }

    void dividesWithRounding()
    {
        QCOMPARE(Decimal::parse(u"10")->dividedBy(*Decimal::parse(u"3"), 4)->toString(), QStringLiteral("3.3333"));
        QCOMPARE(Decimal::parse(u"2")->dividedBy(*Decimal::parse(u"3"), 2)->toString(), QStringLiteral("0.67"));
        QCOMPARE(Decimal::parse(u"-2")->dividedBy(*Decimal::parse(u"3"), 2)->toString(), QStringLiteral("-0.67"));
        QCOMPARE(Decimal::parse(u"1234.5600")->dividedBy(*Decimal::parse(u"12.000"), 4)->toString(), QStringLiteral("102.8800"));
        QCOMPARE(Decimal::parse(u"0.005")->dividedBy(*Decimal::parse(u"1"), 2)->toString(), QStringLiteral("0.01"));
        QVERIFY(!Decimal::parse(u"1")->dividedBy(*Decimal::parse(u"0"), 2));
    }

    void addsAcrossScales()
    {
        QCOMPARE(Decimal::parse(u"0.1")->plus(*Decimal::parse(u"0.02"))->toString(), QStringLiteral("0.12"));
        QCOMPARE(Decimal::parse(u"1")->minus(*Decimal::parse(u"1.001"))->toString(), QStringLiteral("-0.001"));
    }

    void comparesNumerically()
    {
        QVERIFY(*Decimal::parse(u"1.50") == *Decimal::parse(u"1.5"));
        QVERIFY(*Decimal::parse(u"-1") < *Decimal::parse(u"0.001"));
        QVERIFY(*Decimal::parse(u"10") > *Decimal::parse(u"9.9999"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
