// Package policy reads mcsql's KMS policy file and decides who may do what
// with the keys of a KMS (kms.md "Policy"). The emulator enforces it on
// every call; local mode enforces it when given a policy file and uses
// AllowAll otherwise.
//
// A policy file is JSON with two lists. Users have a name, an account (the
// Alibaba Cloud UID the user belongs to) and a long-term access key; roles
// have an ARN, a trust list (who may assume the role) and grants (which
// CMKs the role may use, for which actions). Users may have grants too, so
// that a call made without any role can be authorized:
//
//	{
//	  "users": [
//	    {
//	      "name": "alice",
//	      "account": "1111111111111111",
//	      "access_key_id": "LTAI5tAlice0000000000",
//	      "access_key_secret": "alice-secret-keep-it-out-of-git",
//	      "grants": [
//	        {"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/key-alice*"], "actions": ["Encrypt", "Decrypt"]}
//	      ]
//	    }
//	  ],
//	  "roles": [
//	    {
//	      "arn": "acs:ram::1111111111111111:role/kms",
//	      "trust": ["acs:ram::1111111111111111:root"],
//	      "grants": [
//	        {"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/*"], "actions": ["*"]}
//	      ]
//	    },
//	    {
//	      "arn": "acs:ram::2222222222222222:role/partner",
//	      "trust": ["acs:ram::1111111111111111:role/kms", "acs:ram::1111111111111111:user/alice"],
//	      "grants": [
//	        {"keys": ["acs:kms:cn-shanghai:2222222222222222:key/*"], "actions": ["Decrypt"]}
//	      ]
//	    }
//	  ]
//	}
//
// Trust entries are principal ARNs: acs:ram::<account>:user/<name> and
// acs:ram::<account>:role/<name> name one user or role;
// acs:ram::<account>:root means every user and role of that account. Grant
// keys are CMK ARNs (acs:kms:<region>:<account>:key/<id>) in which '*'
// matches any run of characters, or "*" alone for every key. Actions are
// Encrypt, Decrypt, the key management actions (CreateKey, DescribeKey,
// ListKeys, EnableKey, DisableKey, ScheduleKeyDeletion, CancelKeyDeletion)
// or "*" for all. Account ids are compared literally, so the
// documentation's masked ids (1**************7) may be used as they are.
//
// Unknown fields are errors, so that a misspelt "grant" does not silently
// grant nothing. Error messages name the file, the line for JSON syntax
// errors, and the field (roles[1].trust[0]) for everything else; they never
// quote an access key secret.
package policy
