namespace Connectors.Reliability.Tests.Findings;

/// <summary>
/// Issue 14's findings (the trust review) and the tests that close each: every test named here failed on the code before
/// its fix (its commit says with what) and passes after it. The findings section of <c>docs/reliability.md</c> is
/// generated from this list.
/// </summary>
public static class TrustFindings
{
    /// <summary>Every finding, in the order.</summary>
    public static IReadOnlyList<Finding> All { get; } =
    [
        new("14.1", "A filtered read (SmartAdvocate's window, a case edited mid-sync) could close open cases; the host's " +
            "`SourceIsComplete` was trusted with a bounded window",
        [
            "SmartAdvocateClosesByAbsenceTests.A_case_edited_after_the_read_started_is_not_closed_by_the_documented_sync",
            "ClosesByAbsenceTests.A_bounded_window_never_closes_by_absence",
        ]),
        new("14.2", "A record without a usable id became case \"0\"; unreadable records did not make the snapshot incomplete",
        [
            "ClosesByAbsenceTests.An_unreadable_record_blocks_closes_by_absence",
            "UnreadableCaseIdTests.A_record_without_a_usable_case_id_is_unreadable_and_names_the_field",
            "CasePeerCaseIdAndCompletenessTests.A_case_without_a_usable_id_is_unreadable_and_names_the_field",
            "MyCaseCaseIdAndCompletenessTests.A_case_without_a_usable_id_is_unreadable_and_names_the_field",
        ]),
        new("14.3", "Closes by absence were not counted apart nor guarded more strictly than other changes",
        [
            "ClosesByAbsenceTests.Closes_by_absence_are_counted_apart_and_guarded_by_the_lower_share",
        ]),
        new("14.4", "API keys, sign-in bodies and bearer tokens followed a redirect to another host",
        [
            "RedirectCredentialTests.CasePeer_key_header_never_follows_a_redirect_to_another_host",
            "RedirectCredentialTests.CaseXchange_key_never_follows_a_redirect_to_another_host",
            "RedirectCredentialTests.SmartAdvocate_dialer_key_never_follows_a_redirect_to_another_host",
            "RedirectCredentialTests.SmartAdvocate_sign_in_body_never_follows_a_redirect_to_another_host",
            "RedirectCredentialTests.SmartAdvocate_bearer_token_never_follows_a_redirect_to_another_host",
            "RedirectCredentialTests.MyCase_bearer_token_never_follows_a_redirect_to_another_host",
            "RedirectCredentialTests.MyCase_token_grant_never_follows_a_redirect_to_another_host",
            "HttpRegistrationTests.Every_connector_client_redacts_credential_headers_and_follows_no_redirect",
        ]),
        new("14.5", "Exceptions carried Refit's ApiException, whose request held the key or token and whose content held the vendor body",
        [
            "ExceptionGraphSecretsTests.Exception_graph_holds_no_credential_or_client_data",
        ]),
        new("14.6", "A MyCase refresh cut by the caller or the attempt timeout after MyCase answered burned the single-use refresh token",
        [
            "MyCaseRefreshCompletionTests." +
                "A_refresh_whose_caller_gave_up_after_MyCase_answered_is_saved_and_the_next_call_needs_no_new_authorization",
            "MyCaseRefreshCompletionTests.A_refresh_answered_after_the_attempt_timeout_still_completes_under_its_own_timeout",
            "MyCaseRefreshCompletionTests.A_caller_that_gives_up_mid_refresh_leaves_the_refresh_to_finish_and_the_next_caller_waits_for_it",
        ]),
        new("14.7", "Token and progress files were world-readable, written through a fixed temporary name; a `null` file reset progress",
        [
            "SyncCheckpointStoreTests.The_progress_file_is_readable_and_writable_by_its_owner_only",
            "SyncCheckpointStoreTests.A_progress_file_that_holds_no_progress_is_an_error_naming_the_file_never_a_reset",
            "MyCaseTokenStoreAndLimiterTests.The_token_file_is_readable_and_writable_by_its_owner_only",
            "MyCaseTokenStoreAndLimiterTests.Concurrent_saves_from_two_stores_on_one_file_never_collide_on_a_temporary_name",
            "MyCaseTokenStoreAndLimiterTests.A_token_file_that_holds_no_tokens_is_an_sdk_error_naming_the_file_without_its_content",
        ]),
        new("14.8", "Writes that may have been applied without an answer did not end in WriteOutcomeUnknownException; Case Xchange " +
            "keyed each call with a new GUID",
        [
            "CasePeerWriteSafetyTests." +
                "A_note_whose_answer_is_lost_and_that_cannot_be_looked_up_ends_in_WriteOutcomeUnknownException_without_a_resend",
            "CasePeerWriteSafetyTests." +
                "A_document_whose_answer_is_always_lost_and_that_cannot_be_looked_up_ends_in_WriteOutcomeUnknownException",
            "MyCaseWriteSafetyTests." +
                "A_document_create_whose_answer_is_lost_and_that_cannot_be_looked_up_ends_in_WriteOutcomeUnknownException",
            "SmartAdvocateWriteSafetyTests.A_status_update_whose_answer_is_lost_on_every_attempt_ends_in_an_outcome_unknown_exception",
            "CaseXchangeWriteSafetyTests.The_same_draft_created_twice_without_a_key_is_one_draft",
            "CaseXchangeWriteSafetyTests.The_same_message_sent_twice_without_a_key_is_one_message",
            "CaseXchangeWriteSafetyTests.A_message_whose_answer_is_lost_ends_in_WriteOutcomeUnknownException_and_is_not_sent_again",
        ]),
        new("14.9", "The chaos matrix's lost-answer fault never fired for three connectors; no late-answer profile; one fixed seed",
        [
            "ChaosMatrixTests.Every_connector_ends_as_the_fault_free_run_did_under_every_fault_profile",
        ]),
        new("14.10", "Nothing showed what happens when a vendor ignores Idempotency-Key",
        [
            "CasePeerWriteSafetyTests.A_note_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys",
            "CasePeerWriteSafetyTests.A_document_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys",
            "CaseXchangeWriteSafetyTests.A_draft_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys",
            "CaseXchangeWriteSafetyTests.A_referral_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys",
        ]),
        new("14.11", "Resume tests only ever resumed creates; CASEpeer's lost-answer test could not fail",
        [
            "CasePeerFlowTests.A_note_whose_answer_is_lost_exists_exactly_once",
            "ResumeFromPopulatedPlatformTests." +
                "A_sync_with_updates_closes_and_reopens_pending_cancelled_anywhere_and_resumed_ends_as_the_uninterrupted_run",
        ]),
        new("14.12", "Pages, error bodies and token answers were read into memory whole, however large; a page longer than asked was taken",
        [
            "BoundedMemoryTests.A_2_GB_case_answer_ends_in_a_format_exception_with_memory_staying_small",
            "ErrorBodyCapTests.A_2_GB_error_body_is_read_no_further_than_the_cap",
            "OversizedPageTests.A_MyCase_page_longer_than_the_page_size_is_refused",
            "OversizedPageTests.A_CasePeer_page_longer_than_the_page_size_is_refused",
            "OversizedPageTests.A_Case_Xchange_page_longer_than_the_page_size_is_refused",
            "MyCaseTokenAnswerCapTests.A_huge_token_answer_is_refused_with_the_sdks_format_exception_after_reading_no_more_than_the_cap",
            "TokenAnswerCapTests.A_huge_sign_in_answer_is_refused_with_the_sdks_format_exception_after_reading_no_more_than_the_cap",
            "PhoneNoteLookupTests.The_phone_lookup_finds_the_case_in_a_large_CaseInfo_answer_without_holding_the_list",
            "PhoneNoteLookupTests.The_phone_lookup_refuses_a_case_larger_than_MaxCaseBytes",
            "CaseSyncClientTests.A_documents_page_longer_than_the_page_size_asked_for_is_refused",
        ]),
        new("14.13", "Headers and kept files were not fuzzed; a huge rate-limit reset threw ArgumentOutOfRangeException; an HTTP-date " +
            "Retry-After was ignored; Case Xchange's rate-limit wait was cut by the attempt timeout",
        [
            "RateLimitPipelineTests.A_reset_too_far_to_be_a_time_ends_in_an_sdk_exception",
            "RateLimitPipelineTests.A_reset_longer_than_the_attempt_timeout_is_waited_out_and_the_request_succeeds",
            "RetryAfterTests.Rate_limited_exception_reports_the_retry_after_in_either_form",
            "RetryAfterTests.A_retry_after_beyond_the_total_timeout_is_reported_at_once_not_waited_for",
            "HeaderFuzzTests.Mutated_headers_are_read_or_get_sdk_errors_never_a_crash",
            "PayloadFuzzTests.Mutated_payloads_get_sdk_errors_or_per_record_skips_never_a_crash",
            "FuzzBudgetTests.A_CI_run_feeds_at_least_10000_fuzzed_inputs",
        ]),
        new("14.14", "A repeated MyCase webhook delivery was acted on again; one delivery could fan out into unbounded reads",
        [
            "MyCaseWebhookReplayTests.A_delivery_read_and_resolved_again_is_answered_and_not_read_again",
            "MyCaseWebhookReplayTests.A_client_delivery_never_reads_more_cases_than_the_documented_cap",
        ]),
    ];
}
