#pragma once

#include <QCborMap>
#include <QLabel>

#include <functional>

class QTimer;

namespace erp::app {

class ClientSession;
class SectionEditor;

// What the form layout's "lineInfo" asks to show under a tabular section for its current line
// (the stock of the line's product while an order is entered): the area's read method is
// called with the form's values ("warehouse": a header field, "product": "line.product") as the
// current line or those values change, and its {items: [{name, title, value}]} are shown in a
// row. Stale answers are dropped; nothing is shown while a value is missing.
class LineInfo : public QLabel
{
    Q_OBJECT

public:
    using HeaderValue = std::function<QCborValue(const QString &field)>;
    LineInfo(const QCborMap &spec, ClientSession *session, SectionEditor *section, HeaderValue header,
             QWidget *parent = nullptr);

    // The header changed: ask again (after a short pause, as typing goes on).
    void refresh();
    // The values last shown, by item name ("free" -> "9.000"); empty when nothing is shown.
    QHash<QString, QString> shown() const { return m_shown; }

private:
    void ask();

    QCborMap m_spec;
    ClientSession *m_session;
    SectionEditor *m_section;
    HeaderValue m_header;
    QTimer *m_pause;
    int m_asked = 0;
    QHash<QString, QString> m_shown;
};

} // namespace erp::app
