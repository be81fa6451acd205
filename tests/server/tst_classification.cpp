// ABC, XYZ and RFM scores as pure functions: the edges the reports and the job rely on.
#include "reports/classification.h"

#include <QTest>

using namespace erp::reports;

class TestClassification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void abcTakesTheItemThatCrossesTheThreshold()
    {
        // 50 + 30 make 80 % exactly: A; 20 is B (95 % reached with it).
        QCOMPARE(abcClasses({50, 30, 20}, {}), (QList<char>{'A', 'A', 'B'}));
        // 70 alone is short of 80 %: the 20 that crosses it is A too.
        QCOMPARE(abcClasses({20, 70, 10}, {}), (QList<char>{'A', 'A', 'B'}));
        // C once 95 % are reached.
        QCOMPARE(abcClasses({900, 60, 30, 10}, {}), (QList<char>{'A', 'B', 'C', 'C'}));
    }

    void equalValuesShareTheBetterClass()
    {
        // 660 is A alone at 60 %; the first 100 crosses into B; its equals stay B although the
        // cumulative value before the last passes 75 %.
        QCOMPARE(abcClasses({660, 100, 100, 100, 20}, {60, 15}), (QList<char>{'A', 'B', 'B', 'B', 'C'}));
    }

    void nothingPositiveIsC()
    {
        QCOMPARE(abcClasses({0, -5, 10}, {}), (QList<char>{'C', 'C', 'A'}));
        QCOMPARE(abcClasses({0, 0}, {}), (QList<char>{'C', 'C'}));
        QCOMPARE(abcClasses({}, {}), QList<char>{});
        // One client with one sale is A.
        QCOMPARE(abcClasses({1}, {}), QList<char>{'A'});
    }

    void xyzIsExactAtTheLimits()
    {
        // Mean 100, σ 10: a CV of exactly 10 % is X; 10.000…1 % is Y.
        QCOMPARE(xyzClass({90, 110}, {}), 'X');
        QCOMPARE(xyzClass({9000, 11001}, {}), 'Y');
        // Mean 100, σ 25: exactly 25 % is Y.
        QCOMPARE(xyzClass({75, 125}, {}), 'Y');
        QCOMPARE(xyzClass({74, 126}, {}), 'Z');
        QCOMPARE(coefficientOfVariation({90, 110}).value(), 10.0);
    }

    void monthsWithoutSalesCountAsZero()
    {
        // One sale in twelve months: σ/mean = sqrt(11) ≈ 331.66 %.
        QList<std::int64_t> once(12, 0);
        once[4] = 500;
        QCOMPARE(xyzClass(once, {}), 'Z');
        QVERIFY(qAbs(*coefficientOfVariation(once) - 331.6625) < 0.001);
        QCOMPARE(xyzClass(QList<std::int64_t>(12, 60), {}), 'X');
        QCOMPARE(*coefficientOfVariation(QList<std::int64_t>(12, 60)), 0.0);
    }

    void noPositiveMeanIsZ()
    {
        QCOMPARE(xyzClass({400, -400}, {}), 'Z');
        QCOMPARE(xyzClass({-5}, {}), 'Z');
        QCOMPARE(xyzClass({}, {}), 'Z');
        QVERIFY(!coefficientOfVariation({0, 0}).has_value());
    }

    void quintilesScoreEqualValuesAlike()
    {
        QCOMPARE(quintileScores({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), (QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
        QCOMPARE(quintileScores({7, 7, 7}), (QList<int>{1, 1, 1}));
        QCOMPARE(quintileScores({3, 1}), (QList<int>{3, 1}));
        QCOMPARE(quintileScores({42}), QList<int>{1});
    }
};

QTEST_APPLESS_MAIN(TestClassification)
#include "tst_classification.moc"
