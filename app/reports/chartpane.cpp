#include "chartpane.h"

#include "connection.h"
#include "core/clientsession.h"

#include <QComboBox>
#include <QLabel>
#include <QPixmap>
#include <QTimer>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {

// report.run's and report.renderChart's limits (docs/reports/charts-protocol.md).
constexpr int MinSide = 50;
constexpr int MaxSide = 4000;

QString typeTitle(const QString &type)
{
    if (type == QLatin1String("bar"))
        return ChartPane::tr("Bars");
    if (type == QLatin1String("stackedBar"))
        return ChartPane::tr("Stacked bars");
    if (type == QLatin1String("line"))
        return ChartPane::tr("Line");
    if (type == QLatin1String("pie"))
        return ChartPane::tr("Pie");
    if (type == QLatin1String("funnel"))
        return ChartPane::tr("Funnel");
    if (type == QLatin1String("bubble"))
        return ChartPane::tr("Bubbles");
    return type;
}

} // namespace

ChartPane::ChartPane(ClientSession *session, const QString &report, QWidget *parent)
    : QWidget(parent), m_session(session), m_report(report), m_type(new QComboBox), m_image(new QLabel),
      m_resizeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("chartPane"));
    m_type->setObjectName(QStringLiteral("chartType"));
    m_type->setToolTip(tr("Chart type"));
    m_image->setObjectName(QStringLiteral("chart"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_image->setMinimumSize(MinSide, MinSide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_type, 0, Qt::AlignRight);
    layout->addWidget(m_image, 1);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(200);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_run && chartSize() != m_drawnFor)
            render();
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        if (m_run)
            render();
    });
    hide();
}

void ChartPane::setChart(const QCborValue &described)
{
    m_defaultType = described.toMap().value(QStringLiteral("type")).toString();
    m_type->clear();
    if (m_defaultType.isEmpty()) {
        hide();
        return;
    }
    // The report's own type first, then the ones any rows can be drawn as.
    QStringList types{m_defaultType};
    for (const QString &t : {QStringLiteral("bar"), QStringLiteral("line"), QStringLiteral("pie")})
        if (!types.contains(t))
            types.append(t);
    for (const QString &t : std::as_const(types))
        m_type->addItem(typeTitle(t), t);
    show();
}

qreal ChartPane::scale() const
{
    return qBound(0.5, devicePixelRatioF(), 4.0);
}

QSize ChartPane::chartSize() const
{
    const QSize s = m_image->contentsRect().size();
    return QSize(qBound(MinSide, s.width(), MaxSide), qBound(MinSide, s.height(), MaxSide));
}

QCborMap ChartPane::sizeRequest()
{
    const QSize s = chartSize();
    m_askedFor = s;
    return QCborMap{{QStringLiteral("width"), s.width()}, {QStringLiteral("height"), s.height()},
                    {QStringLiteral("scale"), scale()}};
}

void ChartPane::showAnswer(const QCborMap &chart, const QCborMap &params)
{
    m_params = params;
    m_run = true;
    ++m_request; // an older renderChart answer is for other params
    // The answer is drawn as the report's own type and for the size asked when it was sent.
    if (m_type->currentData().toString() != m_defaultType) {
        render();
        return;
    }
    m_drawnFor = m_askedFor;
    setPng(chart.value(QStringLiteral("png")).toByteArray(), scale());
    if (chartSize() != m_drawnFor)
        m_resizeTimer->start();
}

void ChartPane::render()
{
    const int request = ++m_request;
    const QSize size = chartSize();
    const qreal dpr = scale();
    QCborMap call{{QStringLiteral("report"), m_report}, {QStringLiteral("width"), size.width()},
                  {QStringLiteral("height"), size.height()}, {QStringLiteral("scale"), dpr}};
    if (!m_params.isEmpty())
        call.insert(QStringLiteral("params"), m_params);
    call.insert(QStringLiteral("type"), m_type->currentData().toString());
    m_session->call(QStringLiteral("report.renderChart"), call, this, [this, request, size, dpr](const Reply &r) {
        if (request != m_request)
            return;
        if (!r.ok) {
            m_image->setPixmap({});
            m_image->setText(r.error.message);
            m_image->setWordWrap(true);
            Q_EMIT rendered(false);
            return;
        }
        m_drawnFor = size;
        setPng(r.result.toMap().value(QStringLiteral("png")).toByteArray(), dpr);
    });
}

void ChartPane::setPng(const QByteArray &png, qreal scale)
{
    QPixmap pixmap;
    if (!pixmap.loadFromData(png, "PNG")) {
        m_image->setPixmap({});
        m_image->setText(tr("The server sent a chart that cannot be read."));
        Q_EMIT rendered(false);
        return;
    }
    pixmap.setDevicePixelRatio(scale);
    m_image->setPixmap(pixmap);
    Q_EMIT rendered(true);
}

QPixmap ChartPane::pixmap() const
{
    return m_image->pixmap();
}

void ChartPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_run)
        m_resizeTimer->start();
}

} // namespace erp::app
