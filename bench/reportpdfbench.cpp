// erp-report-pdf-bench: the report PDF (server/render/reportpdf) of a 100-page table with its
// chart, in process, on the offscreen platform: how long the server spends printing it.
#include "render/reportpdf.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    erp::render::ReportPdfInput in;
    in.title = QStringLiteral("Sales by period");
    in.params = {{QStringLiteral("Group by"), QStringLiteral("partner")}};
    in.printedAt = QDateTime::currentDateTimeUtc();
    in.printedBy = QStringLiteral("Administrator");
    using erp::core::ReportColumnType;
    in.columns = {{QStringLiteral("label"), "Group"},
                  {QStringLiteral("quantity"), "Quantity", ReportColumnType::Decimal},
                  {QStringLiteral("revenue"), "Revenue", ReportColumnType::Money, {}, true},
                  {QStringLiteral("margin"), "Margin", ReportColumnType::Money, {}, true}};
    in.columnTitles = {QStringLiteral("Group"), QStringLiteral("Quantity"), QStringLiteral("Revenue"),
                       QStringLiteral("Margin")};
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    for (int i = 0; i < rows; ++i)
        in.rows.append(QCborMap{{QStringLiteral("label"), QStringLiteral("Partner %1 s.r.o.").arg(i)},
                                {QStringLiteral("quantity"), QString::number(i % 97)},
                                {QStringLiteral("revenue"), QStringLiteral("%1.50").arg(1000 + i * 7)},
                                {QStringLiteral("margin"), QStringLiteral("%1.25").arg(100 + i * 3)}});
    in.totals = {{QStringLiteral("revenue"), QStringLiteral("1.00")}, {QStringLiteral("margin"), QStringLiteral("1.00")}};
    erp::render::ChartRequest chart;
    chart.spec = {QStringLiteral("bar"), QStringLiteral("label"), {QStringLiteral("revenue")}};
    chart.title = in.title;
    chart.series = {{QStringLiteral("revenue"), QStringLiteral("Revenue")}};
    for (int i = 0; i < 12; ++i)
        chart.rows.append(in.rows.at(i));
    chart.language = QStringLiteral("en");
    in.chart = chart;
    QElapsedTimer timer;
    timer.start();
    const erp::render::ReportPdf pdf = erp::render::reportPdf(in);
    std::printf("report pdf: %d rows, %d pages, %lld bytes in %lld ms\n", rows, pdf.pages,
                static_cast<long long>(pdf.pdf.size()), static_cast<long long>(timer.elapsed()));
    return 0;
}
