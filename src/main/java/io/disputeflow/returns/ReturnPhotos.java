package io.disputeflow.returns;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.evidence.EvidenceItem.Kind;
import io.disputeflow.evidence.EvidenceItem.Party;
import io.disputeflow.evidence.EvidenceRejectedException;
import io.disputeflow.evidence.EvidenceStore;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskInputRejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Completion listener of "Confirm return receipt": the photo the seller attached in Tasklist's form (a File
 * variable) becomes SELLER evidence of the dispute, next to the buyer's, and leaves the process variables. A file
 * the evidence store refuses (type, size) keeps the task open with the reason.
 */
@Component("returnPhotos")
public class ReturnPhotos implements TaskListener {

    private final EvidenceStore evidence;

    public ReturnPhotos(EvidenceStore evidence) {
        this.evidence = evidence;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariableTyped(Variables.RETURN_PHOTO);
        if (!(value instanceof FileValue photo) || photo.getFilename() == null) {
            task.getExecution().removeVariable(Variables.RETURN_PHOTO);
            return;
        }
        String disputeId = task.getExecution().getProcessBusinessKey();
        try {
            evidence.upload(disputeId, Party.SELLER, Kind.PHOTO, photo.getFilename(), contentType(photo),
                    bytes(photo), "Returned parcel (" + task.getVariable(Variables.RETURN_RECEIPT) + ")",
                    task.getAssignee() == null ? "seller" : task.getAssignee());
        } catch (EvidenceRejectedException refused) {
            throw TaskInputRejected.because(task, new FieldRefusal(Variables.RETURN_PHOTO, "evidence",
                    ": " + refused.getMessage()));
        }
        task.getExecution().removeVariable(Variables.RETURN_PHOTO);
    }

    /** What the browser declared, else what the file name says. */
    private static String contentType(FileValue photo) {
        return photo.getMimeType() != null ? photo.getMimeType()
                : URLConnection.guessContentTypeFromName(photo.getFilename());
    }

    private static byte[] bytes(FileValue photo) {
        try (InputStream content = photo.getValue()) {
            return content == null ? new byte[0] : content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded return photo", e);
        }
    }
}
