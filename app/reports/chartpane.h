#pragma once

#include <QCborMap>
#include <QSize>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

namespace erp::app {

class ClientSession;

// A report's chart beside its table: the PNG the server drew (report.run's `chart` param)
// at the pane's size and the screen's device pixel ratio, drawn again by report.renderChart
// 200 ms after the pane was resized or when another chart type is chosen. Hidden for a report
// without a chart.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    ChartPane(ClientSession *session, const QString &report, QWidget *parent = nullptr);

    // The chart of report.describe (null: the report has none, the pane stays hidden).
    void setChart(const QCborValue &described);
    bool hasChart() const { return !m_defaultType.isEmpty(); }
    // report.run's `chart` param for the pane as it is now: {width, height, scale}; the
    // answer given to showAnswer is taken as drawn for that size.
    QCborMap sizeRequest();
    // A report.run answer's chart (with its png) and the params it was run with.
    void showAnswer(const QCborMap &chart, const QCborMap &params);
    QPixmap pixmap() const;
    // The size the pixmap is drawn for, in logical pixels.
    QSize chartSize() const;
    QComboBox *typeChoice() const { return m_type; }
    // Room for a readable chart when the splitter first shares the width.
    QSize sizeHint() const override { return {480, 320}; }

Q_SIGNALS:
    // A new pixmap is shown, or the server's refusal (shown in its place).
    void rendered(bool ok);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void setPng(const QByteArray &png, qreal scale);
    qreal scale() const;

    ClientSession *m_session;
    QString m_report;
    QString m_defaultType;
    QComboBox *m_type;
    QLabel *m_image;
    QTimer *m_resizeTimer;
    QCborMap m_params;
    QSize m_drawnFor;
    QSize m_askedFor;
    bool m_run = false;
    int m_request = 0;
};

} // namespace erp::app
