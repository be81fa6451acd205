// erpctl report against the real server: the XLSX it writes holds report.run's figures as
// numbers, and its CSV the same figures exactly.
#include "catalogclient.h"
#include "serverprocess.h"
#include "xlsxcheck.h"

#include <QCborArray>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using erp::client::Reply;
using namespace erp::test;
using namespace Qt::StringLiterals;

class TestReportExport : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    QTemporaryDir m_dir;

    int erpctl(const QStringList &arguments, QString *output)
    {
        QProcess p;
        p.start(QStringLiteral(ERPCTL_BIN), QStringList{u"--server"_s, u"127.0.0.1:%1"_s.arg(m_server.port()), u"--user"_s,
                                                        u"admin"_s, u"--password"_s, ServerProcess::adminPassword()}
                                                + arguments);
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        const SalesFixture f = salesFixture(*m_c);
        QVERIFY(f.partner);
        for (const auto &[date, quantity, price] : {std::tuple{u"2026-10-10T09:00:00Z"_s, u"3"_s, u"1234.56"_s},
                                                    std::tuple{u"2026-11-10T09:00:00Z"_s, u"1"_s, u"2000"_s},
                                                    std::tuple{u"2026-12-01T09:00:00Z"_s, u"2.5"_s, u"99.99"_s}}) {
            const Reply r = createDocument(*m_c, u"sales_invoices"_s,
                                           map({{u"organization"_s, f.organization}, {u"partner"_s, f.partner},
                                                {u"counterparty"_s, f.counterparty}, {u"date"_s, date}}),
                                           {map({{u"product"_s, f.fitting}, {u"quantity"_s, quantity}, {u"price"_s, price}})},
                                           true);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
    }

    void xlsxHoldsTheFiguresOfReportRun()
    {
        const Reply run = m_c->call(u"report.run"_s, map({{u"report"_s, u"sales_by_period"_s},
                                                          {u"params"_s, map({{u"groupBy"_s, u"month"_s}})}}));
        QVERIFY2(run.ok, qPrintable(run.error.message));
        const QCborArray rows = run.result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 3);
        const QString path = m_dir.filePath(u"sales.xlsx"_s);
        QString output;
        QCOMPARE(erpctl({u"report"_s, u"sales_by_period"_s, u"--param"_s, u"groupBy=month"_s, u"--xlsx"_s, path}, &output), 0);
        const QJsonObject x = readXlsx(path);
        const QJsonArray sheet = x.value(u"rows"_s).toArray();
        QVERIFY(!sheet.isEmpty());
        // The header row: the one whose first cell is the first column's title.
        int header = -1;
        for (int i = 0; i < sheet.size(); ++i)
            if (xlsxCell(x, i, 0).value(u"value"_s).toString() == u"Group"_s)
                header = i;
        QVERIFY2(header > 0, QJsonDocument(x).toJson().constData());
        const QStringList money{u"revenue"_s, u"cost"_s, u"margin"_s};
        double revenue = 0;
        for (int r = 0; r < rows.size(); ++r) {
            const QCborMap row = rows.at(r).toMap();
            QCOMPARE(xlsxCell(x, header + 1 + r, 0).value(u"value"_s).toString(), row.value(u"label"_s).toString());
            const QJsonObject quantity = xlsxCell(x, header + 1 + r, 1);
            QCOMPARE(quantity.value(u"type"_s).toString(), u"n"_s);
            QCOMPARE(quantity.value(u"value"_s).toDouble(), row.value(u"quantity"_s).toString().toDouble());
            for (int m = 0; m < money.size(); ++m) {
                const QJsonObject cell = xlsxCell(x, header + 1 + r, 2 + m);
                QCOMPARE(cell.value(u"type"_s).toString(), u"n"_s);
                QCOMPARE(cell.value(u"value"_s).toDouble(), row.value(money[m]).toString().toDouble());
            }
            revenue += row.value(u"revenue"_s).toString().toDouble();
        }
        // Revenue of the three invoices computed here in cents, each line rounded half up:
        // 3 × 1234.56 + 2000 + 2.5 × 99.99 (249.975 -> 249.98).
        const qint64 cents = 3 * 123456 + 200000 + (25 * 9999 + 5) / 10;
        QCOMPARE(qRound64(revenue * 100), cents);
        const QJsonObject total = xlsxCell(x, header + 1 + int(rows.size()), 2);
        QVERIFY(total.value(u"bold"_s).toBool());
        QCOMPARE(total.value(u"value"_s).toDouble(),
                 run.result.toMap().value(u"totals"_s).toMap().value(u"revenue"_s).toString().toDouble());
        QCOMPARE(qRound64(total.value(u"value"_s).toDouble() * 100), cents);
    }

    void csvHoldsTheSameFiguresExactly()
    {
        const Reply run = m_c->call(u"report.run"_s, map({{u"report"_s, u"sales_by_period"_s}}));
        QVERIFY2(run.ok, qPrintable(run.error.message));
        const QString path = m_dir.filePath(u"sales.csv"_s);
        QString output;
        QCOMPARE(erpctl({u"report"_s, u"sales_by_period"_s, u"--csv"_s, path, u"--language"_s, u"cs"_s}, &output), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        const QCborArray rows = run.result.toMap().value(u"rows"_s).toArray();
        QCOMPARE(lines.size(), 1 + rows.size() + 1);
        for (int r = 0; r < rows.size(); ++r) {
            const QStringList cells = lines.at(1 + r).split(u';');
            QCOMPARE(cells.at(2), rows.at(r).toMap().value(u"revenue"_s).toString().replace(u'.', u','));
        }
    }

    void badArgumentsAreRefusedNamingThem()
    {
        QString output;
        QCOMPARE(erpctl({u"report"_s, u"no_such_report"_s}, &output), 1);
        QVERIFY2(output.contains(u"field report"_s), qPrintable(output));
        QCOMPARE(erpctl({u"report"_s, u"sales_by_period"_s, u"--param"_s, u"groupBy=year"_s}, &output), 1);
        QVERIFY2(output.contains(u"params.groupBy"_s), qPrintable(output));
        QCOMPARE(erpctl({u"report"_s, u"sales_by_period"_s, u"--xlsx"_s, u"/nonexistent-dir/x.xlsx"_s}, &output), 1);
        QVERIFY2(output.contains(u"/nonexistent-dir/x.xlsx"_s), qPrintable(output));
    }

    void exportWritesAWholeList()
    {
        const QString path = m_dir.filePath(u"invoices.xlsx"_s);
        QString output;
        QCOMPARE(erpctl({u"export"_s, u"sales_invoices"_s, u"--xlsx"_s, path}, &output), 0);
        const QJsonObject x = readXlsx(path);
        const QJsonArray sheet = x.value(u"rows"_s).toArray();
        // Title, blank, header, three invoices.
        QCOMPARE(sheet.size(), 2 + 1 + 3);
        QCOMPARE(xlsxCell(x, 2, 0).value(u"value"_s).toString(), u"Number"_s);
        QCOMPARE(xlsxCell(x, 3, 1).value(u"type"_s).toString(), u"d"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
