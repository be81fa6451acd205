#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QTimer;

namespace erp::app {

class ClientSession;
class PipelineColumn;

// The pipeline of a document kind (the navigation's command {command: "pipeline", kind,
// method}): a column per open stage with its count and weighted amount, from the area's
// method ({manager?} -> {stages: [{stage, title, count, amount, weighted}]}), each over the
// stage's documents, paged. Moving a card to another column (dragging it, or Ctrl+Right /
// Ctrl+Left) runs the workflow's transition that leads there from its state; a refusal (an
// action of the checklist not done) is shown above the columns and the card stays. Left and
// Right move between columns, Enter opens the document, F5 reads everything again; pushed
// changes of the kind do that by themselves.
class PipelineView : public QWidget
{
    Q_OBJECT

public:
    PipelineView(ClientSession *session, const QCborMap &spec, QWidget *parent = nullptr);

    QString kindName() const { return m_kindName; }
    bool isReady() const { return m_ready; }
    QList<PipelineColumn *> columns() const { return m_columns; }
    PipelineColumn *column(const QString &stage) const;
    QString messageText() const;
    QCheckBox *mineOnly() const { return m_mine; }
    // Moves the document to the column of `stage` (what a drop or Ctrl+arrow does).
    void moveTo(qint64 id, const QString &fromStage, const QString &toStage);
    void refresh();

Q_SIGNALS:
    void ready();
    void openRequested(const QString &kind, qint64 id);
    // A move has been answered: moved, or refused with the message shown.
    void moveFinished(bool moved, const QString &message);

private:
    void loadStages();
    void showStages(const QCborArray &stages);
    QCborArray filters() const;
    void showMessage(const QString &text, bool error);
    void focusColumn(int index, int row);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ClientSession *m_session;
    QString m_kindName;
    QString m_method;
    KindInfo m_kind;
    QStringList m_cardColumns;
    QList<PipelineColumn *> m_columns;
    QHBoxLayout *m_columnsLayout;
    QLabel *m_message;
    QLabel *m_summary;
    QCheckBox *m_mine;
    QTimer *m_refreshTimer;
    bool m_ready = false;
    int m_request = 0;
};

} // namespace erp::app
