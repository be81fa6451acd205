// Charts and report PDFs drawn by the real server (Qt Charts on the offscreen platform): every
// report's chart as a PNG of the size asked that shows its series, the report as an A4 PDF that
// poppler reads back (size, orientation, pages, title, parameters, totals, page numbers),
// renders from several connections at once, bad sizes named, and a clean stop mid-render.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

// Axes, grid, text and background are greys; the series (bars, lines, slices) are coloured.
bool coloured(QRgb c)
{
    return qMax(qRed(c), qMax(qGreen(c), qBlue(c))) - qMin(qRed(c), qMin(qGreen(c), qBlue(c))) > 60;
}

struct PngFacts
{
    QSize size;
    int colours = 0;
    qsizetype seriesPixels = 0;
};

PngFacts inspect(const QByteArray &png)
{
    PngFacts f;
    const QImage image = QImage::fromData(png, "PNG").convertToFormat(QImage::Format_RGB32);
    f.size = image.size();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y) & 0xffffff;
            colours.insert(c);
            if (coloured(c))
                ++f.seriesPixels;
        }
    f.colours = int(colours.size());
    return f;
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestChartRender : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_c;
    SalesFixture m_f;
    QTemporaryDir m_dir{QDir::tempPath() + u"/tst_chartrender-XXXXXX"_s};

    QCborMap reportCall(const QString &report, const QCborMap &reportParams)
    {
        QCborMap p = map({{u"report"_s, report}});
        if (!reportParams.isEmpty())
            p.insert(u"params"_s, reportParams);
        return p;
    }

    void expectRefused(const QString &method, const QCborMap &params, ErrorCode code, const QString &field)
    {
        const Reply r = m_c->call(method, params);
        QVERIFY2(!r.ok, qPrintable(field));
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.startsWith(field), qPrintable(r.error.message));
    }

    // The PDF written to a file, with what pdfinfo and pdftotext read from it.
    struct Pdf
    {
        int pages = 0;
        QString info, text;
    };

    Pdf printed(erp::client::Connection &c, const QCborMap &params, const QString &name)
    {
        Pdf out;
        const Reply r = c.call(u"report.pdf"_s, params);
        if (!r.ok) {
            qWarning().noquote() << r.error.message;
            return out;
        }
        const QString path = m_dir.filePath(name + u".pdf"_s);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(r.result.toMap().value(u"pdf"_s).toByteArray());
        file.close();
        out.pages = int(r.result.toMap().value(u"pages"_s).toInteger());
        out.info = runTool(u"pdfinfo"_s, {path});
        out.text = runTool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As on a server: no display; the server chooses the offscreen platform itself.
        qunsetenv("DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
        QVERIFY(m_dir.isValid());
        // ERP_KEEP_TEST_OUTPUT=1 keeps the PNGs and PDFs to look at (the path is printed).
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("ERP_KEEP_TEST_OUTPUT"));
        if (!m_dir.autoRemove())
            qInfo().noquote() << "output in" << m_dir.path();
        QVERIFY(m_server.start());
        m_c = m_server.connect();
        QVERIFY(m_c);
        m_f = salesFixture(*m_c);
        QVERIFY(m_f.partner);
        for (const auto &[date, price] : {std::pair{u"2026-10-05T09:00:00Z"_s, u"1200"_s},
                                          std::pair{u"2026-11-10T09:00:00Z"_s, u"2000"_s},
                                          std::pair{u"2026-12-01T09:00:00Z"_s, u"500"_s}}) {
            const Reply r = invoiceService(*m_c, m_f, date, price);
            QVERIFY2(r.ok, qPrintable(r.error.message));
        }
    }

    void everyChartIsDrawn_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QCborMap>("params");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        const QCborMap byMonth = map({{u"groupBy"_s, u"month"_s}});
        const QCborMap aging = map({{u"at"_s, u"2027-03-31T00:00:00Z"_s}});
        QTest::newRow("sales bar") << u"sales_by_period"_s << byMonth << QString() << QSize(800, 500) << 1.0;
        QTest::newRow("sales bar, scale 2") << u"sales_by_period"_s << byMonth << QString() << QSize(400, 300) << 2.0;
        QTest::newRow("sales as pie") << u"sales_by_period"_s << byMonth << u"pie"_s << QSize(600, 400) << 1.0;
        QTest::newRow("sales as line") << u"sales_by_period"_s << byMonth << u"line"_s << QSize(600, 400) << 1.0;
        QTest::newRow("sales as funnel") << u"sales_by_period"_s << byMonth << u"funnel"_s << QSize(600, 400) << 1.0;
        QTest::newRow("aging stacked bar") << u"receivables_aging"_s << aging << QString() << QSize(700, 450) << 1.0;
        QTest::newRow("payments line") << u"payment_dynamics"_s << QCborMap() << QString() << QSize(900, 400) << 1.5;
    }

    void everyChartIsDrawn()
    {
        QFETCH(QString, report);
        QFETCH(QCborMap, params);
        QFETCH(QString, type);
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QCborMap call = reportCall(report, params);
        call.insert(u"width"_s, size.width());
        call.insert(u"height"_s, size.height());
        call.insert(u"scale"_s, scale);
        if (!type.isEmpty())
            call.insert(u"type"_s, type);
        const Reply r = m_c->call(u"report.renderChart"_s, call);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QByteArray png = r.result.toMap().value(u"png"_s).toByteArray();
        QVERIFY(png.startsWith("\x89PNG"));
        QFile out(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".png"_s));
        out.open(QIODevice::WriteOnly);
        out.write(png);
        const PngFacts f = inspect(png);
        QCOMPARE(f.size, size * scale);
        QVERIFY2(f.colours >= 2, qPrintable(QString::number(f.colours)));
        // The series are drawn: far more colour than the legend's markers have.
        QVERIFY2(f.seriesPixels > 600 * scale * scale, qPrintable(QString::number(f.seriesPixels)));
    }

    void runAnswersThePngWhenAsked()
    {
        QCborMap call = reportCall(u"sales_by_period"_s, map({{u"groupBy"_s, u"month"_s}}));
        const Reply plain = m_c->call(u"report.run"_s, call);
        QVERIFY2(plain.ok, qPrintable(plain.error.message));
        QVERIFY(!plain.result.toMap().value(u"chart"_s).toMap().contains(u"png"_s));
        call.insert(u"chart"_s, map({{u"width"_s, 640}, {u"height"_s, 360}}));
        const Reply drawn = m_c->call(u"report.run"_s, call);
        QVERIFY2(drawn.ok, qPrintable(drawn.error.message));
        const QCborMap chart = drawn.result.toMap().value(u"chart"_s).toMap();
        QCOMPARE(chart.value(u"type"_s).toString(), u"bar"_s);
        QCOMPARE(inspect(chart.value(u"png"_s).toByteArray()).size, QSize(640, 360));
        QCOMPARE(drawn.result.toMap().value(u"rows"_s).toArray(), plain.result.toMap().value(u"rows"_s).toArray());
    }

    void badChartSizesAreNamed()
    {
        const QCborMap sales = reportCall(u"sales_by_period"_s, {});
        const auto withChart = [&](const QCborValue &chart) {
            QCborMap p = sales;
            p.insert(u"chart"_s, chart);
            return p;
        };
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, 10}, {u"height"_s, 300}})), ErrorCode::Validation,
                      u"chart.width"_s);
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, u"800"_s}, {u"height"_s, 300}})),
                      ErrorCode::Validation, u"chart.width"_s);
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, 800}})), ErrorCode::Validation, u"chart.height"_s);
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, 800}, {u"height"_s, 5000}})), ErrorCode::Validation,
                      u"chart.height"_s);
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, 800}, {u"height"_s, 300}, {u"scale"_s, 0}})),
                      ErrorCode::Validation, u"chart.scale"_s);
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, 800}, {u"height"_s, 300}, {u"scale"_s, u"2"_s}})),
                      ErrorCode::Validation, u"chart.scale"_s);
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, 4000}, {u"height"_s, 4000}, {u"scale"_s, 2}})),
                      ErrorCode::Validation, u"chart.scale"_s);
        expectRefused(u"report.run"_s, withChart(map({{u"width"_s, 800}, {u"height"_s, 300}, {u"depth"_s, 3}})),
                      ErrorCode::BadRequest, u"chart.depth"_s);
        expectRefused(u"report.run"_s, withChart(u"800x300"_s), ErrorCode::Validation, u"chart"_s);
        QCborMap vat = reportCall(u"vat_summary"_s, map({{u"organization"_s, m_f.organization}}));
        vat.insert(u"chart"_s, map({{u"width"_s, 800}, {u"height"_s, 300}}));
        expectRefused(u"report.run"_s, vat, ErrorCode::Validation, u"chart"_s);

        QCborMap render = sales;
        render.insert(u"height"_s, 300);
        expectRefused(u"report.renderChart"_s, render, ErrorCode::Validation, u"width"_s);
        render.insert(u"width"_s, 100000);
        expectRefused(u"report.renderChart"_s, render, ErrorCode::Validation, u"width"_s);
        render.insert(u"width"_s, 800);
        render.insert(u"type"_s, u"donut"_s);
        expectRefused(u"report.renderChart"_s, render, ErrorCode::Validation, u"type"_s);
    }

    void pdfIsAnA4Report()
    {
        const QCborMap params = map({{u"groupBy"_s, u"month"_s}, {u"from"_s, u"2026-01-01T00:00:00Z"_s}});
        QCborMap call = reportCall(u"sales_by_period"_s, params);
        const Pdf portrait = printed(*m_c, call, u"sales-portrait"_s);
        QCOMPARE(portrait.pages, 1);
        QVERIFY2(portrait.info.contains(u"595 x 842 pts (A4)"_s), qPrintable(portrait.info));
        QVERIFY2(portrait.info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(portrait.info));
        QVERIFY(portrait.text.contains(u"Sales by period"_s));
        QVERIFY2(portrait.text.contains(u"Group by: month"_s), qPrintable(portrait.text));
        QVERIFY2(portrait.text.contains(u"From: 1 Jan 2026"_s), qPrintable(portrait.text));
        QVERIFY(portrait.text.contains(u"Printed "_s));
        // The totals row: the three invoices' revenue, written as English writes it.
        QVERIFY2(portrait.text.contains(QRegularExpression(u"Total\\s+3,700.00\\s+0.00\\s+3,700.00"_s)), qPrintable(portrait.text));
        QVERIFY(portrait.text.contains(u"Page 1 of 1"_s));

        call.insert(u"orientation"_s, u"landscape"_s);
        const Pdf landscape = printed(*m_c, call, u"sales-landscape"_s);
        QVERIFY2(landscape.info.contains(u"842 x 595 pts (A4)"_s), qPrintable(landscape.info));
    }

    // Eleven columns on a portrait page: every number whole (money with two places, as kept to
    // four), the short titles whole, the long ones wrapped, nothing cut.
    void pdfKeepsNumbersWholeOnANarrowPage()
    {
        const Pdf managers = printed(*m_c, reportCall(u"managers"_s, {}), u"managers"_s);
        QCOMPARE(managers.pages, 1);
        QVERIFY2(managers.text.contains(QRegularExpression(u"\\bWon\\s+Lost\\b"_s)), qPrintable(managers.text));
        QVERIFY2(managers.text.contains(QRegularExpression(u"Total\\s.*\\b3,700.00\\s+3,700.00\\b"_s)),
                 qPrintable(managers.text));
        QVERIFY2(!managers.text.contains(u"3,700.0000"_s) && !managers.text.contains(u"…"_s), qPrintable(managers.text));
    }

    void pdfNamesReferencedObjectsAndWritesTheLanguage()
    {
        auto czech = std::make_unique<erp::client::Connection>();
        QString error;
        QVERIFY(czech->open(u"127.0.0.1"_s, m_server.port(), &error, 10000, u"cs_CZ"_s));
        QVERIFY(czech->login(u"admin"_s, ServerProcess::adminPassword(), &error));
        const Pdf vat = printed(*czech, reportCall(u"vat_summary"_s, map({{u"organization"_s, m_f.organization}})),
                                u"vat-cs"_s);
        QCOMPARE(vat.pages, 1);
        QVERIFY2(vat.text.contains(u"Alfa Obchod"_s), qPrintable(vat.text));
        // 3,700 of sales at the standard rate: the base in Czech, grouped with a no-break space.
        QVERIFY2(vat.text.contains(u"3\u00a0700,00"_s) || vat.text.contains(u"3 700,00"_s), qPrintable(vat.text));
    }

    void rendersFromSeveralConnectionsAtOnce()
    {
        constexpr int Connections = 4, Calls = 5;
        std::atomic<int> good{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < Connections; ++i)
            threads.emplace_back([&, i] {
                // A connection belongs to the thread that uses it.
                const auto c = m_server.connect();
                if (!c)
                    return;
                for (int k = 0; k < Calls; ++k) {
                    const QSize size(300 + 50 * i, 200 + 20 * k);
                    QCborMap call = reportCall(u"payment_dynamics"_s, {});
                    call.insert(u"width"_s, size.width());
                    call.insert(u"height"_s, size.height());
                    const Reply r = c->call(u"report.renderChart"_s, call);
                    if (r.ok && inspect(r.result.toMap().value(u"png"_s).toByteArray()).size == size)
                        ++good;
                }
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(good.load(), Connections * Calls);
    }

    // Last: these restart the server.
    void pdfOverTheFrameLimitIsRefused()
    {
        m_c.reset();
        QVERIFY(m_server.restart({u"--max-frame"_s, u"20000"_s}));
        m_c = m_server.connect();
        QVERIFY(m_c);
        const Reply r = m_c->call(u"report.pdf"_s, reportCall(u"sales_by_period"_s, {}));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, u"params"_s);
        QVERIFY2(r.error.message.contains(u"frame limit of 18976 bytes"_s), qPrintable(r.error.message));
    }

    void stopsCleanlyWhileRendering()
    {
        m_c.reset();
        QVERIFY(m_server.restart());
        std::atomic<int> answered{0};
        std::atomic<bool> stopping{false};
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back([this, &answered, &stopping] {
                const auto c = m_server.connect();
                if (!c)
                    return;
                QCborMap call = map({{u"report"_s, u"payment_dynamics"_s}, {u"width"_s, 1600}, {u"height"_s, 1200},
                                     {u"scale"_s, 2}});
                while (!stopping) {
                    if (!c->call(u"report.renderChart"_s, call, 30000).ok)
                        return;
                    ++answered;
                }
            });
        }
        while (answered < 3 && !stopping)
            QTest::qWait(20);
        // Renders keep coming from three connections while SIGTERM arrives.
        const bool clean = m_server.stop();
        stopping = true;
        for (std::thread &t : threads)
            t.join();
        QVERIFY2(clean, qPrintable(m_server.log()));
        QVERIFY(m_server.log().contains(u"shutting down"_s));
    }
};

QTEST_GUILESS_MAIN(TestChartRender)
#include "tst_chartrender.moc"
