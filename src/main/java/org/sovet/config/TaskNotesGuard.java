package org.sovet.config;

import java.io.InputStream;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * Comments and attachments are work on a task. Camunda 7.24's AddCommentCmd, CreateAttachmentCmd
 * and DeleteAttachmentCmd check no permission at all (REST only checks that the caller can read the
 * task's history), so a supervisor, who reads every task, could write on any of them. Here they
 * are refused unless the caller works on the task ({@link TaskWorkers}); the engine's own calls,
 * without an authenticated user, pass.
 */
@Component
class TaskNotesGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(new GuardedTaskService());
    }

    static final class GuardedTaskService extends TaskServiceImpl {

        @Override
        public Comment createComment(String taskId, String processInstanceId, String message) {
            return commandExecutor.execute(context -> {
                TaskWorkers.checkMayWrite(context, taskId, processInstanceId);
                return new AddCommentCmd(taskId, processInstanceId, message).execute(context);
            });
        }

        @Override
        public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
                                           String description, InputStream content) {
            return attach(new CreateAttachmentCmd(type, taskId, processInstanceId, name, description, content, null),
                    taskId, processInstanceId);
        }

        @Override
        public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
                                           String description, String url) {
            return attach(new CreateAttachmentCmd(type, taskId, processInstanceId, name, description, null, url),
                    taskId, processInstanceId);
        }

        @Override
        public void deleteAttachment(String attachmentId) {
            commandExecutor.execute(context -> {
                checkMayChange(context, attachmentId);
                return new DeleteAttachmentCmd(attachmentId).execute(context);
            });
        }

        @Override
        public void deleteTaskAttachment(String taskId, String attachmentId) {
            commandExecutor.execute(context -> {
                TaskWorkers.checkMayWrite(context, taskId, null);
                return new DeleteAttachmentCmd(taskId, attachmentId).execute(context);
            });
        }

        @Override
        public void saveAttachment(Attachment attachment) {
            commandExecutor.execute(context -> {
                checkMayChange(context, attachment.getId());
                super.saveAttachment(attachment);
                return null;
            });
        }

        /** Reading an attachment by its ids checks nothing in Camunda: another cluster's reads as none. */
        @Override
        public Attachment getTaskAttachment(String taskId, String attachmentId) {
            return readable(super.getTaskAttachment(taskId, attachmentId));
        }

        @Override
        public InputStream getTaskAttachmentContent(String taskId, String attachmentId) {
            return readable(super.getTaskAttachment(taskId, attachmentId)) == null ? null
                    : super.getTaskAttachmentContent(taskId, attachmentId);
        }

        @Override
        public Attachment getAttachment(String attachmentId) {
            return readable(super.getAttachment(attachmentId));
        }

        @Override
        public InputStream getAttachmentContent(String attachmentId) {
            return readable(super.getAttachment(attachmentId)) == null ? null : super.getAttachmentContent(attachmentId);
        }

        private Attachment readable(Attachment attachment) {
            if (attachment == null) {
                return null;
            }
            return commandExecutor.execute(context -> TaskWorkers.mayRead(context, attachment.getTaskId(),
                    attachment.getProcessInstanceId()) ? attachment : null);
        }

        private Attachment attach(CreateAttachmentCmd command, String taskId, String processInstanceId) {
            return commandExecutor.execute(context -> {
                TaskWorkers.checkMayWrite(context, taskId, processInstanceId);
                return command.execute(context);
            });
        }

        private static void checkMayChange(CommandContext context, String attachmentId) {
            AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
            if (attachment != null) {
                TaskWorkers.checkMayWrite(context, attachment.getTaskId(), attachment.getProcessInstanceId());
            }
        }
    }
}
